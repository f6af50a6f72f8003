package com.dealercsi.alerting;

/** How urgent an alert is; red and amber open a recovery case. */
public enum AlertLevel {
    INFO,
    AMBER,
    RED;

    public boolean opensCase() {
        return this != INFO;
    }
}
