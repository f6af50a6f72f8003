package com.dealercsi.support;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a real port, with its embedded MariaDB and the shared GreenMail. Every integration test
 * extends this, so all of them share one application context (and one database) per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected MutableClock clock;

    protected static final int APP_PORT = freePort();
    /** The Actuator's own port, free like the app's. */
    protected static final int MANAGEMENT_PORT = freePort();

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> APP_PORT);
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        registry.add("csi.public-base-url", () -> "http://localhost:" + APP_PORT);
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @BeforeEach
    void emptyMailboxAndRealTime() throws Exception {
        TestMailServer.purge();
        clock.reset();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    protected static String baseUrl() {
        return "http://localhost:" + APP_PORT;
    }

    protected static String managementUrl() {
        return "http://localhost:" + MANAGEMENT_PORT;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
