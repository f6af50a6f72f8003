package com.dealercsi.digest.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who the digest is for and over which stores: managers of every kind for their stores; group managers for every
 * store; administrators only when they are given stores (an administrator who only runs the system has no figures
 * to answer for), then for every store, as they see every store in the app.
 */
public final class DigestAudience {

    static final Set<Role> MANAGERS =
            EnumSet.of(Role.GROUP_MANAGER, Role.GENERAL_MANAGER, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);

    /** Everybody who may receive it, to ask the staff list for. */
    static final Set<Role> CANDIDATES = EnumSet.of(
            Role.ADMIN, Role.GROUP_MANAGER, Role.GENERAL_MANAGER, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);

    private DigestAudience() {}

    /**
     * The stores a member of staff gets the digest for, and the zone their Monday is read in; empty when the
     * digest is not for them.
     *
     * @param given the stores they are given
     * @param all every store, for those who see every store
     */
    public static Optional<Audience> of(Set<Role> roles, Set<UUID> given, Collection<StoreRef> all) {
        boolean manager = roles.stream().anyMatch(MANAGERS::contains);
        boolean admin = roles.contains(Role.ADMIN);
        if (!manager && !(admin && !given.isEmpty())) {
            return Optional.empty();
        }
        boolean everyStore = admin || roles.contains(Role.GROUP_MANAGER);
        var stores = all.stream()
                .filter(store -> everyStore || given.contains(store.id()))
                .sorted(Comparator.comparing(StoreRef::code))
                .toList();
        if (stores.isEmpty()) {
            return Optional.empty();
        }
        // the home store: the first of the stores they are given by code, or of every store when given none
        var home = stores.stream()
                .filter(store -> given.contains(store.id()))
                .findFirst()
                .orElse(stores.getFirst());
        return Optional.of(new Audience(stores, home.timeZone()));
    }

    /** The stores of one reader's digest (by code) and the zone of their home store. */
    public record Audience(List<StoreRef> stores, ZoneId zone) {

        public Audience {
            stores = List.copyOf(stores);
        }

        public Set<UUID> storeIds() {
            return stores.stream().map(StoreRef::id).collect(Collectors.toSet());
        }
    }
}
