package com.dealercsi.invitation;

import com.dealercsi.shared.Language;
import java.util.Optional;

/**
 * A kind of mail to owners that carries a personal unsubscribe link: the survey invitation here, the follow-up
 * survey in recovery. Each kind is a bean; the one unsubscribe page and one-click endpoint ask every kind
 * ({@link OptOutLinks}), so a kind in a module downstream of this one plugs in without this module depending on
 * it.
 */
public interface OwnerMailKind {

    /**
     * The owner behind this link gets no more survey mail from any store, also from a used or expired link; twice
     * is the same as once.
     *
     * @return the owner's language, to confirm in; empty when the link is not one of this kind's
     */
    Optional<Language> optOut(String token);

    /** The store the mail with this link came from, so the page can link its privacy notice; changes nothing. */
    default Optional<java.util.UUID> storeOf(String token) {
        return Optional.empty();
    }
}
