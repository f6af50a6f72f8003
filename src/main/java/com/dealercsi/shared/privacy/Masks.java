package com.dealercsi.shared.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.jspecify.annotations.Nullable;

/**
 * An owner's mobile and e-mail as staff see them where their job does not need them in full (ADR 0052): enough to
 * tell two owners apart and to recognise a number on the phone, not enough to call or write.
 */
public final class Masks {

    static final String STARS = "****";
    private static final String CHINA = "CN";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Masks() {}

    /**
     * {@code +8613800138000} → {@code 138****8000}: the national number with its middle hidden. A foreign number
     * keeps its country code in front; a short one hides at least four digits and shows at most the last four.
     */
    public static String mobile(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        var national = phone.replaceAll("[^0-9]", "");
        var prefix = "";
        try {
            var number = PHONES.parse(phone, CHINA);
            national = PHONES.getNationalSignificantNumber(number);
            if (!CHINA.equals(PHONES.getRegionCodeForNumber(number))) {
                prefix = "+" + number.getCountryCode() + " ";
            }
        } catch (NumberParseException notANumber) {
            // not a number libphonenumber reads: mask its digits as they stand
        }
        return prefix + middleHidden(national);
    }

    private static String middleHidden(String digits) {
        int length = digits.length();
        if (length == 0) {
            return STARS;
        }
        // keep the last four and up to three in front, but always hide at least four digits
        int last = length >= 8 ? 4 : length >= 4 ? 2 : 0;
        int first = Math.max(0, Math.min(3, length - 4 - last));
        return digits.substring(0, first) + STARS + digits.substring(length - last);
    }

    /** {@code wang@example.com} → {@code w***@example.com}: the first letter of the name, and the domain. */
    public static String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        var trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "***" + trimmed.substring(at);
    }
}
