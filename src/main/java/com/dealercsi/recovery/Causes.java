package com.dealercsi.recovery;

import com.dealercsi.recovery.internal.RootCause;
import com.dealercsi.recovery.internal.RootCauseRepository;
import com.dealercsi.shared.Factor;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of root causes: offered when a case closes, kept by administrators. A cause a case has used is
 * retired, never deleted, so old cases and reports keep their words (ADR 0058).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class Causes {

    private final RootCauseRepository causes;
    private final Clock clock;

    Causes(RootCauseRepository causes, Clock clock) {
        this.causes = causes;
        this.clock = clock;
    }

    /** Causes that may be chosen when closing a case, by factor then in list order. */
    @PreAuthorize(RecoveryCases.DESK_ROLES)
    @Transactional(readOnly = true)
    public List<Cause> offered() {
        return all().stream().filter(cause -> !cause.retired()).toList();
    }

    /** Every cause, retired ones too, for administrators and for reports that name old causes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Cause> all() {
        var used = new HashSet<>(causes.usedIds());
        return causes.findAllByOrderByPositionAsc().stream()
                .sorted(Comparator.comparing((RootCause cause) -> cause.factor().ordinal())
                        .thenComparing(RootCause::position))
                .map(cause -> view(cause, used.contains(cause.getId())))
                .toList();
    }

    /** @throws CaseRuleViolation with field {@code nameEn} or {@code nameZh} for a missing or too long name */
    public Cause add(Factor factor, String nameEn, String nameZh) {
        var added = causes.save(RootCause.add(factor, nameEn, nameZh, causes.lastPosition() + 10));
        return view(added, false);
    }

    public void rename(UUID causeId, String nameEn, String nameZh) {
        find(causeId).rename(nameEn, nameZh);
    }

    public void retire(UUID causeId) {
        find(causeId).retire(clock.instant());
    }

    public void reinstate(UUID causeId) {
        find(causeId).reinstate();
    }

    /** Only a cause no case has used; one in use is refused with a sentence saying to retire it. */
    public void delete(UUID causeId) {
        var cause = find(causeId);
        cause.requireDeletable(causes.uses(causeId));
        causes.delete(cause);
    }

    private RootCause find(UUID causeId) {
        return causes.findById(causeId).orElseThrow(() -> new CaseRuleViolation("causes.error.unknown"));
    }

    static Cause view(RootCause cause, boolean used) {
        return new Cause(
                cause.getId(), cause.code(), cause.factor(), cause.nameEn(), cause.nameZh(), cause.isRetired(), used);
    }
}
