package com.dealercsi.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A delivered repair order as the DMS or the back-office form sends it. Validation messages are keys of the
 * message bundles so the API and the form say the same thing in the user's language. E-mail and mobile are each
 * optional, but not both: an owner with a mobile only is called by the revisit desk instead of mailed.
 */
public record NewVisit(
        @NotBlank(message = "{visit.roNumber.required}") @Size(max = 40, message = "{visit.roNumber.size}") @Nullable
        String roNumber,

        @NotBlank(message = "{visit.ownerName.required}") @Size(max = 100, message = "{visit.ownerName.size}") @Nullable
        String ownerName,

        @Pattern(regexp = EMAIL, message = "{visit.email.invalid}")
        @Size(max = 254, message = "{visit.email.invalid}")
        @Nullable
        String email,

        @Pattern(regexp = "^(\\+?[0-9 ()-]{6,20})?$", message = "{visit.phone.invalid}") @Nullable
        String phone,

        @NotBlank(message = "{visit.plate.required}") @Size(max = 16, message = "{visit.plate.size}") @Nullable
        String plate,

        @Pattern(regexp = "(?i)^$|^[A-HJ-NPR-Z0-9]{17}$", message = "{visit.vin.invalid}") @Nullable
        String vin,

        @NotBlank(message = "{visit.model.required}") @Size(max = 80, message = "{visit.model.size}") @Nullable
        String model,

        @NotNull(message = "{visit.serviceType.required}") @Nullable
        ServiceType serviceType,

        @NotBlank(message = "{visit.advisor.required}") @Nullable
        String advisor,

        @NotNull(message = "{visit.deliveredAt.required}") @Nullable
        OffsetDateTime deliveredAt,

        @NotBlank(message = "{visit.language.required}")
        @Pattern(regexp = "(?i)zh-CN|en", message = "{visit.language.invalid}")
        @Nullable
        String language) {

    /**
     * An address a mail server will take: a name, an @ and a domain with at least one dot and an ending of letters
     * ({@code liuyang@example} would bounce). Empty means "no e-mail".
     */
    public static final String EMAIL =
            "^$|^[^@\\s]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}$";

    /** Whether the owner can be mailed the survey: an e-mail address is given (its form is checked apart). */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    /**
     * The same visit as people mean it: surrounding spaces gone, e-mail in lower case, phone without spaces,
     * brackets or dashes, plate in capitals without spaces or the dot after the region, VIN in capitals. Validation runs on this form.
     */
    public NewVisit normalised() {
        return new NewVisit(
                trim(roNumber),
                trim(ownerName),
                lower(trim(email)),
                strip(phone, PHONE_DECORATION),
                upper(strip(plate, PLATE_DECORATION)),
                upper(trim(vin)),
                trim(model),
                serviceType,
                trim(advisor),
                deliveredAt,
                trim(language));
    }

    // compiled once: a file import normalises tens of thousands of visits
    private static final java.util.regex.Pattern PHONE_DECORATION = java.util.regex.Pattern.compile("[\\s()-]");
    /** Plates are printed and exported as 沪A·12345, 沪A 12345 or 沪A-12345: all mean 沪A12345. */
    private static final java.util.regex.Pattern PLATE_DECORATION = java.util.regex.Pattern.compile("[\\s·・•.\\-]");

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
