package com.dealercsi.shared.privacy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One owner's visits and the personal values they carried, as the visit feature had them before erasure: the
 * values let a feature find them where it keeps them as text it cannot parse (an event's stored payload, a mail
 * log), the visit ids everywhere else.
 */
public record OwnerIdentity(
        Collection<UUID> visitIds,
        Collection<String> names,
        Collection<String> emails,
        Collection<String> mobiles,
        Collection<String> plates,
        Collection<String> vins) {

    /** Every non-blank personal value, longest first, so a longer value is replaced before a shorter one inside it. */
    public List<String> values() {
        return Stream.of(names, emails, mobiles, plates, vins)
                .flatMap(Collection::stream)
                .filter(OwnerIdentity::present)
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
