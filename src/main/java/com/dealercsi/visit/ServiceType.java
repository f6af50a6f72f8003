package com.dealercsi.visit;

/** The kind of after-sales work on the repair order. */
public enum ServiceType {
    MAINTENANCE, REPAIR, WARRANTY, ACCIDENT_REPAIR;

    public String messageKey() {
        return "serviceType." + name();
    }
}
