package com.dealercsi.topics.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.shared.Language;
import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentTagger;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Tags one comment and keeps its tags; the store's own calendar day decides which day's figures it joins. */
@Component
class CommentTagging {

    private final CommentTagger tagger;
    private final TagStore store;
    private final Stores stores;
    private final Clock clock;

    CommentTagging(CommentTagger tagger, TagStore store, Stores stores, Clock clock) {
        this.tagger = tagger;
        this.store = store;
        this.stores = stores;
        this.clock = clock;
    }

    void tag(
            CommentSource source,
            UUID sourceId,
            UUID storeId,
            @Nullable String comment,
            @Nullable Language language,
            Instant writtenAt,
            @Nullable Double csi) {
        if (comment == null || comment.isBlank()) {
            return;
        }
        var day = writtenAt.atZone(stores.get(storeId).timeZone()).toLocalDate();
        var tags = tagger.tag(comment, language);
        var record = new TagStore.CommentRecord(source, sourceId, storeId, day, writtenAt, csi);
        // two comments of one store day rebuild the same roll-up rows; InnoDB may pick one as a deadlock victim
        for (int attempt = 1; ; attempt++) {
            try {
                store.record(record, tags, clock.instant());
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt + ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
