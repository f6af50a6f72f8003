package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NewVisitTest {

    private final jakarta.validation.Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void an_empty_mobile_number_is_reported_as_missing_not_as_malformed() {
        assertThat(phoneMessages("")).containsExactly("{visit.phone.required}");
    }

    @Test
    void a_malformed_mobile_number_is_reported_as_malformed() {
        assertThat(phoneMessages("12ab")).containsExactly("{visit.phone.invalid}");
    }

    @Test
    void a_mobile_number_with_spaces_and_dashes_is_accepted() {
        assertThat(phoneMessages(" 138-0013 8000 ")).isEmpty();
    }

    private java.util.List<String> phoneMessages(String phone) {
        var visit = new NewVisit("RO-1", "王先生", "wang@example.com", phone, "沪A12345", null, "途观L",
                ServiceType.MAINTENANCE, "A01", OffsetDateTime.parse("2026-11-20T10:00:00+08:00"), "zh-CN")
                .normalised();
        return validator.validate(visit).stream().filter(v -> v.getPropertyPath().toString().equals("phone"))
                .map(ConstraintViolation::getMessageTemplate).toList();
    }
}
