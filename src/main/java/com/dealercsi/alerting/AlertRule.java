package com.dealercsi.alerting;

/** The alert rules of the product brief. */
public enum AlertRule {
    LOW_OVERALL,
    COMPLAINT_KEYWORD,
    LOW_FACTOR,
    LOW_NPS,
    CONTACT_REQUESTED;

    public String messageKey() {
        return "alert.rule." + name();
    }
}
