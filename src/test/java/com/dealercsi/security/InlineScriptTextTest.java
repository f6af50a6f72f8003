package com.dealercsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineScriptTextTest {

    static final String PREFIX = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= ";

    @Test
    void a_closing_script_tag_in_the_state_becomes_unicode_escapes() {
        var script = PREFIX + "{\"value\":\"</script><script>alert(1)</script>\"};";

        assertThat(InlineScriptText.safe(script))
                .isEqualTo(PREFIX
                        + "{\"value\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"};");
    }

    @Test
    void ampersands_and_the_two_unicode_line_ends_in_strings_are_escaped_too() {
        assertThat(InlineScriptText.escapeStrings("x = \"a&b\u2028c\u2029d<!--\";"))
                .isEqualTo("x = \"a\\u0026b\\u2028c\\u2029d\\u003c!--\";");
        assertThat(InlineScriptText.escapeStrings("x = 'it''s <b>';")).isEqualTo("x = 'it''s \\u003cb\\u003e';");
    }

    @Test
    void code_outside_strings_is_left_as_written() {
        var code = "const ok = a < b && c > d; f = (e) => { if (!e.has('_csrf')) { return; } };";

        assertThat(InlineScriptText.safe(code)).isEqualTo(code);
    }

    @Test
    void escaped_quotes_and_backslashes_do_not_end_a_string_early() {
        var script = "{\"v\":\"say \\\"hi\\\" \\\\\",\"w\":\"<img src=x onerror=alert(1)>\"}";

        assertThat(InlineScriptText.escapeStrings(script))
                .isEqualTo("{\"v\":\"say \\\"hi\\\" \\\\\",\"w\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}");
    }

    @Test
    void a_character_escaped_with_a_backslash_is_escaped_as_unicode_instead() {
        assertThat(InlineScriptText.escapeStrings("x = '\\<\\/script>'")).isEqualTo("x = '\\u003c\\/script\\u003e'");
    }

    @Test
    void quotes_in_comments_do_not_open_strings() {
        var code = "// don't\nconst a = 1 < 2; /* it's */ const b = 'x<y';";

        assertThat(InlineScriptText.safe(code))
                .isEqualTo("// don't\nconst a = 1 < 2; /* it's */ const b = 'x\\u003cy';");
    }

    @Test
    void markup_that_escaped_the_strings_is_neutralised_so_the_element_cannot_end_early() {
        var script = "let a = 1; // </script><img src=x onerror=alert(1)>\n<!-- x";

        var safe = InlineScriptText.safe(script);

        assertThat(InlineScriptText.breaksOutOfHtml(script)).isTrue();
        assertThat(InlineScriptText.breaksOutOfHtml(safe)).isFalse();
        assertThat(safe).isEqualTo("let a = 1; // \\u003c/script><img src=x onerror=alert(1)>\n\\u003c!-- x");
    }

    @Test
    void a_template_literal_is_not_parsed_but_still_cannot_end_the_element() {
        var script = "x = `${a}</SCRIPT>`";

        assertThat(InlineScriptText.safe(script)).isEqualTo("x = `${a}\\u003c/SCRIPT>`");
    }
}
