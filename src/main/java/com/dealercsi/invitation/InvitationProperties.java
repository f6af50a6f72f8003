package com.dealercsi.invitation;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment-wide defaults; a store may override delay, quiet hours and reminder ({@link InvitationPolicies}).
 *
 * @param delay how long after delivery the invitation goes out
 * @param linkValidity how long a survey link can be answered
 * @param pollInterval how often due invitations, reminders and expiries are looked for
 * @param quietStart start of the quiet hours in the store's time zone; no mail goes out from then...
 * @param quietEnd ...until this time; equal to {@code quietStart} means no quiet hours
 * @param fatigueWindow an owner (same e-mail) invited by the store within this window is not invited again
 * @param reminderEnabled whether an unanswered invitation gets its one reminder
 * @param reminderAfter how long after the invitation the reminder goes out
 * @param maxVisitAge a visit delivered longer ago than this when it arrives gets no invitation
 */
@ConfigurationProperties("csi.invitation")
public record InvitationProperties(
        @DefaultValue("PT2H") Duration delay,
        @DefaultValue("P14D") Duration linkValidity,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue("21:00") LocalTime quietStart,
        @DefaultValue("08:00") LocalTime quietEnd,
        @DefaultValue("P30D") Duration fatigueWindow,
        @DefaultValue("true") boolean reminderEnabled,
        @DefaultValue("P3D") Duration reminderAfter,
        @DefaultValue("P14D") Duration maxVisitAge) {}
