package com.dealercsi.visit;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/**
 * Phone numbers in one form, E.164 ({@code +8613800138000}), whatever the DMS or the user typed: spaces,
 * dashes, a leading 0 or 86. Numbers without a country code are read as Chinese.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The number in E.164, or empty when it is not a possible number of its country. */
    public static Optional<String> toE164(String raw) {
        try {
            var number = UTIL.parse(raw, DEFAULT_REGION);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
