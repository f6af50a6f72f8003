package com.dealercsi.visit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A delivered repair order as the DMS or the back-office form sends it. Validation messages are keys of the
 * message bundles so the API and the form say the same thing in the user's language.
 */
public record NewVisit(
        @NotBlank(message = "{visit.roNumber.required}") @Size(max = 40, message = "{visit.roNumber.size}") @Nullable String roNumber,
        @NotBlank(message = "{visit.ownerName.required}") @Size(max = 100, message = "{visit.ownerName.size}") @Nullable String ownerName,
        @NotBlank(message = "{visit.email.required}") @Email(message = "{visit.email.invalid}") @Size(max = 254, message = "{visit.email.invalid}") @Nullable String email,
        @NotBlank(message = "{visit.phone.required}") @Pattern(regexp = "^(\\+?[0-9 ()-]{6,20})?$", message = "{visit.phone.invalid}") @Nullable String phone,
        @NotBlank(message = "{visit.plate.required}") @Size(max = 16, message = "{visit.plate.size}") @Nullable String plate,
        @Pattern(regexp = "(?i)^$|^[A-HJ-NPR-Z0-9]{17}$", message = "{visit.vin.invalid}") @Nullable String vin,
        @NotBlank(message = "{visit.model.required}") @Size(max = 80, message = "{visit.model.size}") @Nullable String model,
        @NotNull(message = "{visit.serviceType.required}") @Nullable ServiceType serviceType,
        @NotBlank(message = "{visit.advisor.required}") @Nullable String advisor,
        @NotNull(message = "{visit.deliveredAt.required}") @Nullable OffsetDateTime deliveredAt,
        @NotBlank(message = "{visit.language.required}") @Pattern(regexp = "(?i)zh-CN|en", message = "{visit.language.invalid}") @Nullable String language) {

    /**
     * The same visit as people mean it: surrounding spaces gone, e-mail in lower case, phone without spaces,
     * brackets or dashes, plate and VIN in capitals without spaces. Validation runs on this form.
     */
    public NewVisit normalised() {
        return new NewVisit(trim(roNumber), trim(ownerName), lower(trim(email)), strip(phone, PHONE_DECORATION),
                upper(strip(plate, SPACES)), upper(trim(vin)), trim(model), serviceType, trim(advisor), deliveredAt,
                trim(language));
    }

    // compiled once: a file import normalises tens of thousands of visits
    private static final java.util.regex.Pattern PHONE_DECORATION = java.util.regex.Pattern.compile("[\\s()-]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s");

    private static @Nullable String trim(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    private static @Nullable String strip(@Nullable String value, java.util.regex.Pattern pattern) {
        return value == null ? null : pattern.matcher(value).replaceAll("");
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
