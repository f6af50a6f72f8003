package com.dealercsi.topics;

import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.topics.internal.StaffWords;
import com.dealercsi.topics.internal.TagStore;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A comment's topics and sentiment as staff see them, and staff's corrections: kept with who and when, they win
 * over the tagger now and on every later run of it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CommentTopics {

    public static final String MAY_CORRECT =
            "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER')";

    private static final Set<String> CORRECTING_ROLES = Set.of(
            "ROLE_ADMIN",
            "ROLE_GROUP_MANAGER",
            "ROLE_GENERAL_MANAGER",
            "ROLE_STORE_MANAGER",
            "ROLE_CUSTOMER_SERVICE_MANAGER");

    private final TagStore tags;
    private final Stores stores;
    private final Clock clock;

    CommentTopics(TagStore tags, Stores stores, Clock clock) {
        this.tags = tags;
        this.stores = stores;
        this.clock = clock;
    }

    /** Empty while the comment is not tagged yet (the tagger runs just after the answer), or for another store's. */
    public Optional<TaggedComment> of(CommentSource source, UUID sourceId) {
        var store = tags.storeOf(source, sourceId);
        if (store.isEmpty() || !CurrentStaff.visibleStoreIds(stores).contains(store.get())) {
            return Optional.empty();
        }
        return tags.find(source, sourceId);
    }

    /** Whether the signed-in member of staff may correct tags: managers, not advisors or specialists. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayCorrect() {
        return CurrentStaff.get()
                .map(user -> user.getAuthorities().stream().anyMatch(a -> CORRECTING_ROLES.contains(a.getAuthority())))
                .orElse(false);
    }

    /** Adds the topic with this sentiment, or changes the sentiment of one already there. */
    @PreAuthorize(MAY_CORRECT)
    public void add(CommentSource source, UUID sourceId, Topic topic, Sentiment sentiment) {
        requireOwn(source, sourceId);
        tags.correct(
                source,
                sourceId,
                StaffWords.present(topic, sentiment),
                CurrentStaff.require().displayName(),
                clock.instant());
    }

    @PreAuthorize(MAY_CORRECT)
    public void remove(CommentSource source, UUID sourceId, Topic topic) {
        requireOwn(source, sourceId);
        tags.correct(
                source,
                sourceId,
                StaffWords.absent(topic),
                CurrentStaff.require().displayName(),
                clock.instant());
    }

    @PreAuthorize(MAY_CORRECT)
    public void setSentiment(CommentSource source, UUID sourceId, Sentiment sentiment) {
        requireOwn(source, sourceId);
        tags.correctSentiment(
                source, sourceId, sentiment, CurrentStaff.require().displayName(), clock.instant());
    }

    private void requireOwn(CommentSource source, UUID sourceId) {
        var store = tags.storeOf(source, sourceId)
                .orElseThrow(() -> new IllegalArgumentException("This comment has no topics yet"));
        CurrentStaff.requireVisible(stores, store);
    }
}
