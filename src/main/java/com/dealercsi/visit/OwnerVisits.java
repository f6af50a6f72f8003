package com.dealercsi.visit;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.visit.internal.Visit;
import com.dealercsi.visit.internal.VisitErasure;
import com.dealercsi.visit.internal.VisitRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which visits carry one owner's personal data, for the owner search, the access file and erasure (PIPL). The
 * privacy feature checks who may ask; this only looks in the stores it is given.
 */
@Service
public class OwnerVisits {

    private final VisitRepository visits;
    private final VisitErasure erasure;

    OwnerVisits(VisitRepository visits, VisitErasure erasure) {
        this.visits = visits;
        this.erasure = erasure;
    }

    /** The visits in these stores matching every part of the query, newest first; none for an empty query. */
    @Transactional(readOnly = true)
    public List<VisitSummary> matching(OwnerQuery query, Collection<UUID> storeIds) {
        if (query.isEmpty() || storeIds.isEmpty()) {
            return List.of();
        }
        var key = normalised(query);
        var mobile = query.mobile() == null || query.mobile().isBlank()
                ? null
                : PhoneNumbers.toE164(Objects.requireNonNull(key.phone())).orElse("-");
        return visits
                .findOwner(
                        storeIds,
                        blankToNull(mobile),
                        blankToNull(key.email()),
                        blankToNull(key.plate()),
                        blankToNull(key.vin()),
                        blankToNull(key.ownerName()),
                        blankToNull(key.roNumber()))
                .stream()
                .map(Visit::toSummary)
                .toList();
    }

    /**
     * The visits {@link #matching} finds whose data is not erased yet: what an erasure covers, so that asking again
     * (by the RO number, which an erased visit keeps) finds nothing to do.
     */
    @Transactional(readOnly = true)
    public List<VisitSummary> notErasedMatching(OwnerQuery query, Collection<UUID> storeIds) {
        var found = matching(query, storeIds);
        if (found.isEmpty()) {
            return found;
        }
        var erased = new java.util.HashSet<>(
                visits.findErased(found.stream().map(VisitSummary::id).toList()));
        return found.stream().filter(visit -> !erased.contains(visit.id())).toList();
    }

    /** Up to {@code limit} visits delivered before the instant whose data is not erased yet, oldest first. */
    @Transactional(readOnly = true)
    public List<VisitSummary> notErasedDeliveredBefore(Instant before, int limit) {
        return visits.findNotErasedDeliveredBefore(before, Limit.of(limit)).stream()
                .map(Visit::toSummary)
                .toList();
    }

    /**
     * Erases the owner's data the visit feature holds, in the caller's transaction: run it after every
     * {@link com.dealercsi.shared.privacy.PersonalDataEraser}, which may still read the visits.
     *
     * @return rows changed by table
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> erase(OwnerIdentity owner) {
        return erasure.erase(owner);
    }

    /** The personal values these visits carry, as erasure and the access file need them. */
    public static OwnerIdentity identityOf(List<VisitSummary> owned) {
        return new OwnerIdentity(
                owned.stream().map(VisitSummary::id).toList(),
                values(owned, VisitSummary::ownerName),
                values(owned, VisitSummary::email),
                values(owned, VisitSummary::phone),
                values(owned, VisitSummary::plate),
                values(owned, VisitSummary::vin));
    }

    private static List<String> values(List<VisitSummary> owned, Function<VisitSummary, @Nullable String> field) {
        return owned.stream()
                .map(field)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    private static NewVisit normalised(OwnerQuery query) {
        return new NewVisit(
                        query.roNumber(),
                        query.name(),
                        query.email(),
                        query.mobile(),
                        query.plate(),
                        query.vin(),
                        null,
                        null,
                        null,
                        null,
                        null)
                .normalised();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
