package com.dealercsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed log-ins through the real login endpoint slow down the next attempts for that address. */
class LoginDelayIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    LoginThrottle throttle;

    @Test
    void wrong_passwords_through_the_login_form_make_the_next_attempt_wait() throws Exception {
        var store = stores.create();
        var email = store.managerEmail();

        for (int i = 0; i < 4; i++) {
            postLogin(email, "wrong-" + i);
        }

        assertThat(throttle.waitFor(email)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        long started = System.nanoTime();
        postLogin(email, "wrong-again");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("the fifth attempt was held back")
                .isGreaterThan(Duration.ofMillis(200));
        assertThat(throttle.waitFor(email)).isGreaterThan(Duration.ofMillis(1000));
        throttle.succeeded(email);
    }

    private static int postLogin(String email, String password) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        // a fresh session as a browser has it: the login page hands out the session and CSRF cookie
        client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
