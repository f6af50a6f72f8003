package com.dealercsi.privacy.internal;

import com.dealercsi.privacy.OwnerFound;
import com.dealercsi.privacy.OwnerVisit;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.ui.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an owner's data as an access file (PIPL Art. 45): JSON for a machine, and one self-contained HTML page
 * for a person, in the owner's language. Every value is written as text: in the page, escaped, so whatever an
 * owner, a DMS or staff typed stays inert.
 */
public final class AccessFileWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:48rem;"
            + "padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;"
            + "border-bottom:1px solid #ccc}h3{font-size:1rem;margin:1.25rem 0 .25rem}dl{display:grid;"
            + "grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0}dt{color:#555}"
            + "dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}.note{color:#555}"
            + "@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.375rem}}";

    private final RecordText text;
    private final Instant producedAt;

    public AccessFileWriter(RecordText text, Instant producedAt) {
        this.text = text;
        this.producedAt = producedAt;
    }

    /** The file as JSON: stable field names, each value as stored and, where it differs, as shown. */
    public void json(OwnerFound found, OutputStream out) {
        var file = new LinkedHashMap<String, Object>();
        file.put("title", text.words("privacy.file.title"));
        file.put("law", text.words("privacy.file.law"));
        file.put("language", found.language().tag());
        file.put("producedAt", producedAt.toString());
        file.put("stores", stores(found));
        file.put(
                "visits",
                found.visits().stream()
                        .map(visit -> Map.of(
                                "visitId",
                                visit.visit().id().toString(),
                                "store",
                                visit.storeName(),
                                "records",
                                visit.records().stream()
                                        .map(record -> record(record, visit))
                                        .toList()))
                        .toList());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, file);
    }

    private Map<String, Object> record(PersonalRecord record, OwnerVisit visit) {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", shortName(record.kind()));
        json.put("title", text.words(record.kind()));
        if (record.at() != null) {
            json.put("at", record.at().toString());
        }
        json.put(
                "fields",
                record.fields().entrySet().stream()
                        .map(field -> {
                            var shown = text.value(field.getValue(), visit.zone());
                            var entry = new LinkedHashMap<String, String>();
                            entry.put("field", shortName(field.getKey()));
                            entry.put("label", text.words(field.getKey()));
                            entry.put("value", field.getValue());
                            if (!shown.equals(field.getValue())) {
                                entry.put("text", shown);
                            }
                            return entry;
                        })
                        .toList());
        return json;
    }

    /** The file as one HTML page, no scripts, no links out, styles inline: it opens the same anywhere. */
    public void html(OwnerFound found, OutputStream out) {
        try {
            Writer page = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var zone = found.visits().isEmpty()
                    ? java.time.ZoneOffset.UTC
                    : found.visits().getFirst().zone();
            var title = text.words("privacy.file.title");
            page.write("<!DOCTYPE html>\n<html lang=\"" + found.language().tag()
                    + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                    + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
            page.write("<h1>" + escape(title) + "</h1>\n");
            page.write("<p>" + escape(text.words("privacy.file.intro", String.join(", ", stores(found)))) + "</p>\n");
            page.write("<p class=\"note\">"
                    + escape(text.words("privacy.file.produced", Formats.dateTime(producedAt, zone, text.locale())))
                    + " · " + escape(text.words("privacy.file.law")) + "</p>\n");
            for (var visit : found.visits()) {
                page.write("<section>\n<h2>"
                        + escape(text.words(
                                "privacy.file.visit",
                                visit.visit().roNumber(),
                                visit.storeName(),
                                Formats.dateTime(visit.visit().deliveredAt(), visit.zone(), text.locale())))
                        + "</h2>\n");
                for (var record : visit.records()) {
                    page.write("<h3>" + escape(text.words(record.kind())) + "</h3>\n<dl>\n");
                    for (var field : record.fields().entrySet()) {
                        page.write("<dt>" + escape(text.words(field.getKey())) + "</dt><dd>"
                                + escape(text.value(field.getValue(), visit.zone())) + "</dd>\n");
                    }
                    page.write("</dl>\n");
                }
                page.write("</section>\n");
            }
            page.write("</body>\n</html>\n");
            page.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> stores(OwnerFound found) {
        return found.visits().stream().map(OwnerVisit::storeName).distinct().toList();
    }

    /** {@code privacy.field.comment} → {@code comment}; a stored label (a survey question) stays whole. */
    private static String shortName(String key) {
        return key.startsWith("privacy.") ? key.substring(key.lastIndexOf('.') + 1) : key;
    }

    static String escape(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}
