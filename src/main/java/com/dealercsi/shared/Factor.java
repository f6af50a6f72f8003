package com.dealercsi.shared;

/**
 * The five factors of the J.D. Power China after-sales CSI study, with the published weights as defaults.
 * The product uses the published weights; it does not claim to reproduce J.D. Power's proprietary model.
 */
public enum Factor {
    SERVICE_INITIATION("SI", 21),
    SERVICE_ADVISOR("SA", 19),
    SERVICE_QUALITY("SQ", 22),
    SERVICE_FACILITY("SF", 20),
    VEHICLE_PICKUP("VP", 18);

    private final String code;
    private final int defaultWeight;

    Factor(String code, int defaultWeight) {
        this.code = code;
        this.defaultWeight = defaultWeight;
    }

    public String code() {
        return code;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public String messageKey() {
        return "factor." + code;
    }

    public static Factor ofCode(String code) {
        for (var factor : values()) {
            if (factor.code.equals(code)) {
                return factor;
            }
        }
        throw new IllegalArgumentException("No CSI factor with code " + code);
    }
}
