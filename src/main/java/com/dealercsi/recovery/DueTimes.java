package com.dealercsi.recovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a store gives itself to acknowledge a case, to reach the owner first and to close it, in whole hours.
 *
 * @param acknowledgeHours not acknowledged by then escalates to the general manager
 * @param firstContactHours the owner must have been reached by then
 * @param closeHours not closed by then escalates
 */
public record DueTimes(int acknowledgeHours, int firstContactHours, int closeHours) {

    /** Four weeks: a longer promise to an unhappy owner is no promise. */
    public static final int MAX_HOURS = 28 * 24;

    public static DueTimes of(RecoveryProperties defaults) {
        return new DueTimes(
                (int) defaults.acknowledgeWithin().toHours(),
                (int) defaults.firstContactWithin().toHours(),
                (int) defaults.closeWithin().toHours());
    }

    public Duration acknowledgeWithin() {
        return Duration.ofHours(acknowledgeHours);
    }

    public Duration firstContactWithin() {
        return Duration.ofHours(firstContactHours);
    }

    public Duration closeWithin() {
        return Duration.ofHours(closeHours);
    }

    /** Each problem names the field and a message key; empty when the times make sense together. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        check(problems, "acknowledge", acknowledgeHours);
        check(problems, "firstContact", firstContactHours);
        check(problems, "close", closeHours);
        if (problems.isEmpty() && firstContactHours < acknowledgeHours) {
            problems.add(new Problem("firstContact", "recovery.dueTimes.error.contactBeforeAcknowledge"));
        }
        if (problems.isEmpty() && closeHours < firstContactHours) {
            problems.add(new Problem("close", "recovery.dueTimes.error.closeBeforeContact"));
        }
        return problems;
    }

    private static void check(List<Problem> problems, String field, int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            problems.add(new Problem(field, "recovery.dueTimes.error.range"));
        }
    }

    public record Problem(String field, String messageKey) {}
}
