package com.dealercsi.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.StartupProblem;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class DemoMailCatcherTest {

    @Test
    void a_taken_smtp_port_is_named_with_the_setting_that_moves_it() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var catcher = new DemoMailCatcher(new DemoProperties("key", taken.getLocalPort(), "demo"));
            assertThatThrownBy(catcher::start)
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .satisfies(
                            problem -> org.assertj.core.api.Assertions.assertThat(((StartupProblem) problem).action())
                                    .contains("--csi.demo.smtp-port="));
        }
    }

    @Test
    void mails_the_test_says_yes_to_are_deleted_and_the_others_stay() throws Exception {
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var catcher = new DemoMailCatcher(new DemoProperties("key", port, "demo"));
        catcher.start();
        try {
            var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            GreenMailUtil.sendTextEmail("owner@example.com", "csi@test.local", "Your visit", "Dear 张伟", setup);
            GreenMailUtil.sendTextEmail("manager@test.local", "csi@test.local", "Alert", "Call 张伟 back", setup);
            GreenMailUtil.sendTextEmail("manager@test.local", "csi@test.local", "Alert", "Call 李娜 back", setup);

            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> catcher.newestFirst().size() == 3);

            var deleted = catcher.deleteWhere(mail -> text(mail).contains("张伟"));

            org.assertj.core.api.Assertions.assertThat(deleted).isEqualTo(2);
            org.assertj.core.api.Assertions.assertThat(catcher.newestFirst())
                    .singleElement()
                    .satisfies(mail -> org.assertj.core.api.Assertions.assertThat(text(mail))
                            .contains("李娜"));
        } finally {
            catcher.stop();
        }
    }

    private static String text(jakarta.mail.internet.MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
