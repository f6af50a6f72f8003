package com.dealercsi.shared.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Counts a client's attempts (wrong links from an address, failed log-ins for an e-mail) where every app node
 * sees the same count: a guesser who spreads tries over the nodes of a cluster gets no more of them. The rules
 * (windows, delays) live with the callers; this only counts.
 */
public interface ClientAttempts {

    Optional<Attempts> current(String scope, String client);

    /**
     * Counts one more attempt now, or starts counting again from one when the count so far started before
     * {@code restartIfFirstBefore} (a window that has ended) or its last attempt was before
     * {@code restartIfLastBefore} (a quiet spell).
     */
    void record(String scope, String client, Instant now, Instant restartIfFirstBefore, Instant restartIfLastBefore);

    void forget(String scope, String client);

    /** The attempts counted since {@code first}. */
    record Attempts(Instant first, Instant last, int count) {}
}
