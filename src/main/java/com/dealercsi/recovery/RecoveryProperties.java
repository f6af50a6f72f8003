package com.dealercsi.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgeWithin a case not acknowledged by then escalates to the general manager
 * @param firstContactWithin when the owner must first have been reached
 * @param closeWithin when the case must be closed; not closed by then escalates
 * @param escalationInterval how often overdue cases are looked for
 * @param revisitAfter how long after delivery an owner who has not answered goes on the call list (the reminder
 *     goes out after 3 days)
 * @param followUpDelay how long after closing a case the owner gets the "did we make it right?" survey
 * @param followUpLinkValidity how long that survey's link can be answered
 * @param followUpInterval how often due follow-up surveys are looked for
 */
@ConfigurationProperties("csi.recovery")
public record RecoveryProperties(
        @DefaultValue("PT4H") Duration acknowledgeWithin,
        @DefaultValue("PT24H") Duration firstContactWithin,
        @DefaultValue("PT72H") Duration closeWithin,
        @DefaultValue("PT1M") Duration escalationInterval,
        @DefaultValue("P4D") Duration revisitAfter,
        @DefaultValue("P10D") Duration followUpDelay,
        @DefaultValue("P14D") Duration followUpLinkValidity,
        @DefaultValue("PT1M") Duration followUpInterval) {

    @ConstructorBinding
    public RecoveryProperties {}

    /** The case timers alone, with the follow-up survey's defaults. */
    public RecoveryProperties(
            Duration acknowledgeWithin,
            Duration firstContactWithin,
            Duration closeWithin,
            Duration escalationInterval,
            Duration revisitAfter) {
        this(
                acknowledgeWithin,
                firstContactWithin,
                closeWithin,
                escalationInterval,
                revisitAfter,
                Duration.ofDays(10),
                Duration.ofDays(14),
                Duration.ofMinutes(1));
    }
}
