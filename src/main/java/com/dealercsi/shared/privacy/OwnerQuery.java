package com.dealercsi.shared.privacy;

import org.jspecify.annotations.Nullable;

/**
 * An owner as staff or a DMS asks for them: by any of these, each compared exactly after the normalising a visit
 * gets when it is stored (mobile in E.164, e-mail lower-case, plate and VIN upper-case without decoration, name
 * trimmed). Blank parts are ignored; several parts must all match.
 */
public record OwnerQuery(
        @Nullable String mobile,
        @Nullable String email,
        @Nullable String plate,
        @Nullable String vin,
        @Nullable String name,
        @Nullable String roNumber) {

    public static OwnerQuery byMobile(String mobile) {
        return new OwnerQuery(mobile, null, null, null, null, null);
    }

    public static OwnerQuery byEmail(String email) {
        return new OwnerQuery(null, email, null, null, null, null);
    }

    public static OwnerQuery byRoNumber(String roNumber) {
        return new OwnerQuery(null, null, null, null, null, roNumber);
    }

    /** Nothing to look for: a search without any part would list every owner. */
    public boolean isEmpty() {
        return blank(mobile) && blank(email) && blank(plate) && blank(vin) && blank(name) && blank(roNumber);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
