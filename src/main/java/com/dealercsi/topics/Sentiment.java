package com.dealercsi.topics;

/** How a comment, or the part of it about one topic, feels. */
public enum Sentiment {
    POSITIVE,
    NEGATIVE,
    /** Praise and complaint in one comment: "friendly, but too expensive". */
    MIXED,
    /** Neither: "none", a plain suggestion, a fact. */
    NEUTRAL;

    public String messageKey() {
        return "topic.sentiment." + name();
    }

    /** Combines the feelings of a comment's parts: both directions make it mixed. */
    public Sentiment and(Sentiment other) {
        if (this == other || other == NEUTRAL) {
            return this;
        }
        if (this == NEUTRAL) {
            return other;
        }
        return MIXED;
    }
}
