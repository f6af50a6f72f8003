package com.dealercsi.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the DMS API as a DMS would: JSON over HTTP with the store's key. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Api() {}

    public static Response postVisit(String baseUrl, String apiKey, String json, String language) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/visits"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String visitJson(String roNumber, String email, String advisor, String language) {
        return """
                {"roNumber": "%s", "ownerName": "王先生", "email": "%s", "phone": "138 0013 8000",
                 "plate": "沪A 88888", "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "%s",
                 "deliveredAt": "2026-11-27T10:30:00+08:00", "language": "%s"}
                """.formatted(roNumber, email, advisor, language);
    }

    /** The same visit, delivered at the given time (ISO-8601 with offset). */
    public static String visitJson(
            String roNumber, String email, String advisor, String language, java.time.Instant deliveredAt) {
        return visitJson(roNumber, email, advisor, language)
                .replace("2026-11-27T10:30:00+08:00", deliveredAt.toString());
    }

    public static Response get(String baseUrl, String apiKey, String path, String language) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept-Language", language)
                .header("X-Api-Key", apiKey)
                .GET()
                .build();
        return send(request);
    }

    public static Response postJson(String baseUrl, String apiKey, String path, String json, String language) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(request);
    }

    private static Response send(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            var body = response.body();
            return new Response(
                    response.statusCode(),
                    body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, JsonNode body) {}
}
