package com.dealercsi.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void a_subject_with_line_ends_stays_one_header_line() {
        var mail = new OutgoingMail(
                List.of("gm@example.com"),
                "Red alert: 王先生\r\nBcc: victim@example.com\n\nhello\u2028there\u0000",
                "<p>x</p>",
                "x",
                Map.of("X-Note", "a\r\nX-Injected: 1"));

        assertThat(mail.subject()).isEqualTo("Red alert: 王先生 Bcc: victim@example.com hello there");
        assertThat(mail.headers()).containsEntry("X-Note", "a X-Injected: 1");
    }

    @Test
    void an_ordinary_subject_is_unchanged() {
        var mail =
                new OutgoingMail(List.of("o@example.com"), "请评价您在 测试店 的保养服务 (沪A88888)", new MailBody("<p>x</p>", "x"));

        assertThat(mail.subject()).isEqualTo("请评价您在 测试店 的保养服务 (沪A88888)");
    }
}
