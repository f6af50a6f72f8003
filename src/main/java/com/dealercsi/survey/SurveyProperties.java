package com.dealercsi.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLookups wrong survey links a client address may try per window before it is refused
 * @param failedLookupWindow the length of that window
 */
@ConfigurationProperties("csi.survey")
public record SurveyProperties(
        @DefaultValue("20") int maxFailedLookups,
        @DefaultValue("PT15M") Duration failedLookupWindow) {}
