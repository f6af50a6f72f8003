package com.dealercsi.alerting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void links_images_tags_and_headings_from_the_dms_become_plain_characters() {
        assertThat(MarkdownText.inert("途观L [点这里](http://evil.example/) ![x](http://evil.example/p.png)"))
                .isEqualTo("途观L ［点这里］（http://evil.example/） ！［x］（http://evil.example/p.png）");
        assertThat(MarkdownText.inert("<font color=\"warning\">RO</font>"))
                .isEqualTo("＜font color=\"warning\"＞RO＜/font＞");
        assertThat(MarkdownText.inert("RO-1\n### 紧急\r\n> quote")).isEqualTo("RO-1 ＃＃＃ 紧急  ＞ quote");
    }

    @Test
    void ordinary_words_are_unchanged() {
        assertThat(MarkdownText.inert("沪A88888 · 途观L · 顾问 李")).isEqualTo("沪A88888 · 途观L · 顾问 李");
    }
}
