package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NewVisitTest {

    private final jakarta.validation.Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void an_empty_mobile_number_is_no_problem_of_its_own_the_e_mail_can_reach_the_owner() {
        assertThat(phoneMessages("")).isEmpty();
    }

    @Test
    void an_address_a_mail_server_would_bounce_is_refused_and_an_empty_one_is_not() {
        assertThat(emailMessages("liuyang@example")).containsExactly("{visit.email.invalid}");
        assertThat(emailMessages("liu yang@example.com")).containsExactly("{visit.email.invalid}");
        assertThat(emailMessages("liuyang@example.c0m")).containsExactly("{visit.email.invalid}");
        assertThat(emailMessages("Liu.Yang+csi@mail.example.com.cn")).isEmpty();
        assertThat(emailMessages("")).isEmpty();
    }

    @Test
    void dms_words_for_service_types_are_understood_in_both_languages() {
        assertThat(ServiceType.fromWord("定期保养")).hasValue(ServiceType.MAINTENANCE);
        assertThat(ServiceType.fromWord("首保")).hasValue(ServiceType.MAINTENANCE);
        assertThat(ServiceType.fromWord("保修索赔")).hasValue(ServiceType.WARRANTY);
        assertThat(ServiceType.fromWord("钣金喷漆")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ServiceType.fromWord("钣金/喷漆")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ServiceType.fromWord("事故维修")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ServiceType.fromWord("电器维修")).hasValue(ServiceType.REPAIR);
        assertThat(ServiceType.fromWord("Body & Paint")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ServiceType.fromWord("accident_repair")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ServiceType.fromWord("洗车")).isEmpty();
    }

    @Test
    void a_malformed_mobile_number_is_reported_as_malformed() {
        assertThat(phoneMessages("12ab")).containsExactly("{visit.phone.invalid}");
    }

    @Test
    void a_mobile_number_with_spaces_and_dashes_is_accepted() {
        assertThat(phoneMessages(" 138-0013 8000 ")).isEmpty();
    }

    private java.util.List<String> emailMessages(String email) {
        var visit = new NewVisit(
                        "RO-1",
                        "王先生",
                        email,
                        "138 0013 8000",
                        "沪A12345",
                        null,
                        "途观L",
                        ServiceType.MAINTENANCE,
                        "A01",
                        OffsetDateTime.parse("2026-11-20T10:00:00+08:00"),
                        "zh-CN")
                .normalised();
        return validator.validate(visit).stream()
                .filter(v -> v.getPropertyPath().toString().equals("email"))
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    private java.util.List<String> phoneMessages(String phone) {
        var visit = new NewVisit(
                        "RO-1",
                        "王先生",
                        "wang@example.com",
                        phone,
                        "沪A12345",
                        null,
                        "途观L",
                        ServiceType.MAINTENANCE,
                        "A01",
                        OffsetDateTime.parse("2026-11-20T10:00:00+08:00"),
                        "zh-CN")
                .normalised();
        return validator.validate(visit).stream()
                .filter(v -> v.getPropertyPath().toString().equals("phone"))
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }
}
