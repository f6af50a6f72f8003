package com.dealercsi.privacy.internal;

import com.dealercsi.shared.privacy.OwnerQuery;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which parts of an owner query were filled, as message keys: what the audit trail may say about a search. */
final class SearchedBy {

    private SearchedBy() {}

    static List<String> of(OwnerQuery query) {
        var parts = new ArrayList<String>();
        add(parts, query.mobile(), "privacy.field.mobile");
        add(parts, query.email(), "privacy.field.email");
        add(parts, query.plate(), "privacy.field.plate");
        add(parts, query.vin(), "privacy.field.vin");
        add(parts, query.name(), "privacy.field.ownerName");
        add(parts, query.roNumber(), "privacy.field.roNumber");
        return List.copyOf(parts);
    }

    private static void add(List<String> parts, @Nullable String value, String key) {
        if (value != null && !value.isBlank()) {
            parts.add(key);
        }
    }
}
