package com.dealercsi.topics;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.topics.internal.TopicCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's topics: volume, change against the period before, share negative and mean CSI per topic, and the
 * newest answers about one topic. Limited to the stores the signed-in member of staff may see; someone who is only
 * an advisor sees their own answers elsewhere and no store-wide topics here.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TopicFigures {

    private final TopicCounts counts;
    private final Stores stores;

    TopicFigures(TopicCounts counts, Stores stores) {
        this.counts = counts;
        this.stores = stores;
    }

    /** @param storeIds the stores chosen; empty for every store the user may see */
    public List<TopicFigure> figures(Set<UUID> storeIds, LocalDate from, LocalDate to) {
        return counts.figures(scope(storeIds).stream().map(StoreRef::id).toList(), from, to);
    }

    /** The newest answers in the period whose comment carries the topic, at most {@code limit}. */
    public List<UUID> latestAnswers(Topic topic, Set<UUID> storeIds, LocalDate from, LocalDate to, int limit) {
        var scope = scope(storeIds);
        var zones = scope.stream().collect(Collectors.toMap(StoreRef::id, StoreRef::timeZone, (a, b) -> a));
        return counts.latestAnswers(topic, zones.keySet(), zones, from, to, limit);
    }

    private List<StoreRef> scope(Set<UUID> requested) {
        var user = CurrentStaff.require();
        boolean onlyAdvisor =
                user.getAuthorities().stream().allMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADVISOR));
        if (onlyAdvisor) {
            return List.of();
        }
        return CurrentStaff.visibleStores(stores).stream()
                .filter(store -> requested.isEmpty() || requested.contains(store.id()))
                .toList();
    }
}
