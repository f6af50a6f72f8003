package com.dealercsi.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {

    @Test
    void a_line_reads_back_as_the_channel_it_was_written_from() {
        var signed =
                new WebhookChannel(WebhookChannel.Kind.DINGTALK, "https://oapi.dingtalk.com/robot/send?a=1", "SEC123");
        var unsigned = new WebhookChannel(WebhookChannel.Kind.WECOM, "https://qyapi.weixin.qq.com/x", "");

        assertThat(WebhookChannel.parse(signed.line())).contains(signed);
        assertThat(WebhookChannel.parse(unsigned.line())).contains(unsigned);
        assertThat(WebhookChannel.parse("  feishu   https://open.feishu.cn/hook  "))
                .contains(new WebhookChannel(WebhookChannel.Kind.FEISHU, "https://open.feishu.cn/hook", ""));
    }

    @Test
    void an_unknown_kind_or_a_wrong_number_of_parts_is_unreadable() {
        assertThat(WebhookChannel.parse("SLACK https://hooks.slack.com/x")).isEmpty();
        assertThat(WebhookChannel.parse("https://example.com/hook")).isEmpty();
        assertThat(WebhookChannel.parse("GENERIC https://example.com/hook secret extra"))
                .isEmpty();
    }

    @Test
    void blank_lines_are_skipped_but_one_unreadable_line_spoils_the_list() {
        var text = "GENERIC https://example.com/hook 0123456789abcdef\n\n  WECOM https://qyapi.weixin.qq.com/x \n";

        assertThat(WebhookChannel.parseLines(text))
                .hasValueSatisfying(channels -> assertThat(channels)
                        .extracting(WebhookChannel::kind)
                        .containsExactly(WebhookChannel.Kind.GENERIC, WebhookChannel.Kind.WECOM));
        assertThat(WebhookChannel.parseLines(text + "oops\n")).isEmpty();
        assertThat(WebhookChannel.parseLines("")).contains(List.of());
    }
}
