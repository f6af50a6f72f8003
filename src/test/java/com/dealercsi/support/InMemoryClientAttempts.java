package com.dealercsi.support;

import com.dealercsi.shared.web.ClientAttempts;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ClientAttempts} for unit tests of the rules that use it: the same counting, without a database. */
public final class InMemoryClientAttempts implements ClientAttempts {

    private final ConcurrentHashMap<String, Attempts> counts = new ConcurrentHashMap<>();

    @Override
    public Optional<Attempts> current(String scope, String client) {
        return Optional.ofNullable(counts.get(scope + "\n" + client));
    }

    @Override
    public void record(
            String scope, String client, Instant now, Instant restartIfFirstBefore, Instant restartIfLastBefore) {
        counts.compute(
                scope + "\n" + client,
                (key, old) -> old == null
                                || !old.first().isAfter(restartIfFirstBefore)
                                || old.last().isBefore(restartIfLastBefore)
                        ? new Attempts(now, now, 1)
                        : new Attempts(old.first(), now, old.count() + 1));
    }

    @Override
    public void forget(String scope, String client) {
        counts.remove(scope + "\n" + client);
    }
}
