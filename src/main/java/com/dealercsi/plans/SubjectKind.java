package com.dealercsi.plans;

import java.util.Locale;
import java.util.Optional;

/**
 * What a plan is about. The code stored with it: a factor's name ({@code SERVICE_ADVISOR}), a questionnaire item's
 * id ({@code SA2}), a topic's code ({@code SI.WAITING}) or a cause's code (the topic codes plus those administrators
 * add).
 */
public enum SubjectKind {
    FACTOR,
    ITEM,
    TOPIC,
    CAUSE;

    public String messageKey() {
        return "plans.kind." + name();
    }

    /** The kind named in a link ({@code kind=item}), ignoring case; empty for anything else. */
    public static Optional<SubjectKind> parse(String value) {
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
