package com.dealercsi.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboards.
 *
 * @param satisfiedFrom an overall satisfaction (OS) at or above this counts as satisfied (满意率)
 * @param minResponsesForRanking advisors with fewer responses in the period are listed but not ranked
 * @param revisitWindowDays a visit counts as revisited when answered within this many days of delivery
 * @param latestComments how many comments the dashboard lists
 */
@ConfigurationProperties("csi.reporting")
public record ReportingProperties(
        @DefaultValue("8") int satisfiedFrom,
        @DefaultValue("3") int minResponsesForRanking,
        @DefaultValue("7") int revisitWindowDays,
        @DefaultValue("10") int latestComments) {}
