package com.dealercsi.topics.internal;

import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentWritten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tags every comment after it is stored, from the outbox: the survey's (typed by the owner or taken down by phone,
 * both arrive scored, with their CSI) and the follow-up survey's. Nothing on the owner's path waits for the tagger.
 * Without a transaction of its own, like the reporting listener: the store opens its own.
 */
@Component
class TopicListener {

    private final CommentTagging tagging;

    TopicListener(CommentTagging tagging) {
        this.tagging = tagging;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ResponseScored event) {
        tagging.tag(
                CommentSource.ANSWER,
                event.responseId(),
                event.storeId(),
                event.comment(),
                null,
                event.submittedAt(),
                event.csi());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentWritten event) {
        tagging.tag(
                event.source(),
                event.sourceId(),
                event.storeId(),
                event.comment(),
                event.language(),
                event.writtenAt(),
                null);
    }
}
