package com.dealercsi.recovery;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * How well recovery worked, from the follow-up survey (ADR 0058): of the closed cases whose owner answered it, the
 * share who say it was made right ("yes"; "partly" is not), and the average change in overall satisfaction, the
 * follow-up's 1–10 rating minus the rating the owner gave in the answer that opened the case.
 *
 * @param closed cases closed in the period
 * @param answered of those, whose owner answered the follow-up survey
 * @param madeRight of those, who said "yes, you made it right"
 * @param madeRightShare madeRight ÷ answered, 0–1; null with no answer
 * @param averageChange mean of (follow-up − original) satisfaction in points of the 1–10 scale; null with no answer
 *     that has both
 */
public record RecoveryRate(
        long closed,
        long answered,
        long madeRight,
        @Nullable Double madeRightShare,
        @Nullable Double averageChange) {

    public static final RecoveryRate NONE = new RecoveryRate(0, 0, 0, null, null);

    /** One closed case: its follow-up answer, if any, and the original overall satisfaction. */
    public record ClosedCase(
            @Nullable MadeRight madeRight,
            @Nullable Integer followUpSatisfaction,
            @Nullable Integer originalOverall) {}

    public static RecoveryRate of(Collection<ClosedCase> cases) {
        long answered = 0;
        long madeRight = 0;
        long changes = 0;
        long changeSum = 0;
        for (var closed : cases) {
            if (closed.madeRight() == null) {
                continue;
            }
            answered++;
            if (closed.madeRight() == MadeRight.YES) {
                madeRight++;
            }
            if (closed.followUpSatisfaction() != null && closed.originalOverall() != null) {
                changes++;
                changeSum += closed.followUpSatisfaction() - closed.originalOverall();
            }
        }
        return new RecoveryRate(
                cases.size(),
                answered,
                madeRight,
                answered == 0 ? null : (double) madeRight / answered,
                changes == 0 ? null : (double) changeSum / changes);
    }
}
