package com.dealercsi.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.OwnerTextTest;
import org.junit.jupiter.api.Test;

class OutboxErasureTest {

    static final java.util.List<String> FORMS = OwnerText.forms(OwnerTextTest.OWNER);

    @Test
    void an_owners_fields_go_whole_and_their_values_go_from_any_other_text() {
        var stored = """
                {"responseId":"6f1c0b9e-1111-4222-8333-444455556666","visitId":"7a2d1c0f-1111-4222-8333-444455556666",
                 "overall":2,"csi":412.5,"comment":"等了三个小时","submittedAt":"2026-12-03T08:00:00.123456789Z",
                 "rules":[{"rule":"COMPLAINT_KEYWORD","level":"RED","detail":"投诉 张伟"}],"email":"zhang.wei@example.com",
                 "recipientEmail":"cs@test.local"}""";

        var erased = OutboxErasure.erased(stored, FORMS);

        assertThat(erased)
                .contains("\"comment\":\"[erased]\"", "\"email\":\"[erased]\"", "\"detail\":\"投诉 [erased]\"")
                .contains("\"csi\":412.5", "\"overall\":2", "2026-12-03T08:00:00.123456789Z", "cs@test.local")
                .contains("\"rule\":\"COMPLAINT_KEYWORD\"", "\"level\":\"RED\"")
                .doesNotContain("张伟", "zhang.wei", "等了三个小时");
    }

    @Test
    void escaped_values_go_too_and_a_payload_without_them_stays_byte_for_byte() {
        var escaped = "{\"visitId\":\"x\",\"note\":\"\\u5f20\\u4f1f called\"}";
        assertThat(OutboxErasure.erased(escaped, FORMS)).isEqualTo("{\"visitId\":\"x\",\"note\":\"[erased] called\"}");

        var untouched = "{\"visitId\":\"x\",  \"overall\" : 9.50}";
        assertThat(OutboxErasure.erased(untouched, FORMS)).isSameAs(untouched);
    }

    @Test
    void a_code_is_never_cut_but_goes_when_it_is_the_value() {
        var forms = java.util.List.of("ED", "LSVAU2180N2183947");
        assertThat(OutboxErasure.erased("{\"level\":\"RED\",\"id\":\"LSVAU2180N2183947\"}", forms))
                .isEqualTo("{\"level\":\"RED\",\"id\":\"[erased]\"}");
    }
}
