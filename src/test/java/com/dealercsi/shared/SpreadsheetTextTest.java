package com.dealercsi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() {
        for (var formula : new String[] {
            "=1+1",
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(A1:A2)",
            "+SUM(1)",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=cmd|'/C calc'!A0"
        }) {
            assertThat(SpreadsheetText.guarded(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinary_words_phone_numbers_and_signed_numbers_stay_as_they_are() {
        for (var plain : new String[] {"很好", "A = B", "+86 138 0013 8000", "-5", "+1 (555) 010-0000", "1+1"}) {
            assertThat(SpreadsheetText.guarded(plain)).isEqualTo(plain);
        }
        assertThat(SpreadsheetText.guarded(null)).isNull();
        assertThat(SpreadsheetText.guarded("")).isEmpty();
    }

    @Test
    void guarding_twice_changes_nothing_more() {
        assertThat(SpreadsheetText.guarded(SpreadsheetText.guarded("=1+1"))).isEqualTo("'=1+1");
    }
}
