package com.dealercsi.invitation.internal;

import com.dealercsi.shared.privacy.OwnerKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who asked for no more survey mail, asked and answered by keyed hashes only (ADR 0050): an address is known by the
 * key of the SHA-256 an invitation keeps of it, a mobile by the key of its E.164 form.
 */
@Component
public class OptOuts {

    private final OptOutRepository repository;
    private final OwnerKeys keys;

    OptOuts(OptOutRepository repository, OwnerKeys keys) {
        this.repository = repository;
        this.keys = keys;
    }

    /** Whether the address (by its invitation hash) opted out. */
    public boolean coversEmail(@Nullable String emailHash) {
        return emailHash != null && repository.existsById(keys.ofEmailHash(emailHash));
    }

    /** Whether the address or the mobile opted out; blank or null parts are not asked for. */
    public boolean covers(@Nullable String emailHash, @Nullable String mobile) {
        var asked = new ArrayList<String>(2);
        if (emailHash != null) {
            asked.add(keys.ofEmailHash(emailHash));
        }
        if (mobile != null && !mobile.isBlank()) {
            asked.add(keys.ofMobile(mobile));
        }
        return !asked.isEmpty() && repository.existsByOwnerKeyIn(asked);
    }

    public void optOutEmail(String emailHash, Instant now) {
        repository.optOut(keys.ofEmailHash(emailHash), OptOut.Kind.EMAIL.name(), now);
    }

    public void optOutMobile(String mobile, Instant now) {
        repository.optOut(keys.ofMobile(mobile), OptOut.Kind.MOBILE.name(), now);
    }

    /** Of these invitation hashes of addresses, the ones that opted out. */
    public Set<String> optedOutAmong(Collection<String> emailHashes) {
        if (emailHashes.isEmpty()) {
            return Set.of();
        }
        var byKey = new HashMap<String, String>();
        emailHashes.forEach(hash -> byKey.put(keys.ofEmailHash(hash), hash));
        var optedOut = new HashSet<String>();
        repository.findOptedOut(byKey.keySet()).forEach(key -> optedOut.add(byKey.get(key)));
        return optedOut;
    }
}
