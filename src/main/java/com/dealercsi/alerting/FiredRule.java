package com.dealercsi.alerting;

/** A rule that fired, with what made it fire (the score, or the keyword found). */
public record FiredRule(AlertRule rule, AlertLevel level, String detail) {}
