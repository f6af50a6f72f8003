package com.dealercsi.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param delay how long after delivery the invitation goes out
 * @param linkValidity how long a survey link can be answered
 * @param pollInterval how often due invitations are looked for
 */
@ConfigurationProperties("csi.invitation")
public record InvitationProperties(
        @DefaultValue("PT2H") Duration delay,
        @DefaultValue("P14D") Duration linkValidity,
        @DefaultValue("PT30S") Duration pollInterval) {
}
