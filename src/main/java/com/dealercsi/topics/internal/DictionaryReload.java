package com.dealercsi.topics.internal;

import com.dealercsi.topics.CommentTagger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the tagger the administrators' words: at start-up, at once after a change on this instance, and within a
 * minute of a change made on another instance of a cluster (a cheap fingerprint query, the engine rebuilt only when
 * it differs).
 */
@Component
public class DictionaryReload {

    private static final Logger log = LoggerFactory.getLogger(DictionaryReload.class);

    private final DictionaryWords words;
    private final CommentTagger tagger;
    private @Nullable String loaded;

    DictionaryReload(DictionaryWords words, CommentTagger tagger) {
        this.words = words;
        this.tagger = tagger;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        reloadIfChanged();
    }

    @Scheduled(fixedDelayString = "${csi.topics.dictionary-poll:PT1M}", initialDelayString = "PT1M")
    public synchronized void reloadIfChanged() {
        var now = words.fingerprint();
        if (Objects.equals(now, loaded)) {
            return;
        }
        var additions = words.all().stream().map(word -> word.entry()).toList();
        if (additions.isEmpty() && loaded == null) {
            // nothing to add: the segmenter keeps loading on the first comment, not at start-up (ADR 0057)
            loaded = now;
            return;
        }
        tagger.useAdditions(additions);
        loaded = now;
        log.info("Dealer dictionary: {} words of administrators in use", additions.size());
    }
}
