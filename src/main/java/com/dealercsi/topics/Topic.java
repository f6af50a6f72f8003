package com.dealercsi.topics;

import com.dealercsi.shared.Factor;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an owner's comment can be about: the second level of a two-level list whose first level is the CSI factor.
 * The same list serves as root causes of recovery cases, so the codes are stable and stored; names live in the
 * {@code messages-topics} bundles under {@link #messageKey()}.
 */
public enum Topic {
    APPOINTMENT("SI.APPOINTMENT", Factor.SERVICE_INITIATION),
    WAITING("SI.WAITING", Factor.SERVICE_INITIATION),
    RECEPTION("SI.RECEPTION", Factor.SERVICE_INITIATION),
    ATTITUDE("SA.ATTITUDE", Factor.SERVICE_ADVISOR),
    CHARGES_EXPLAINED("SA.CHARGES_EXPLAINED", Factor.SERVICE_ADVISOR),
    COMMUNICATION("SA.COMMUNICATION", Factor.SERVICE_ADVISOR),
    KNOWLEDGE("SA.KNOWLEDGE", Factor.SERVICE_ADVISOR),
    UPSELLING("SA.UPSELLING", Factor.SERVICE_ADVISOR),
    FIXED_FIRST_TIME("SQ.FIXED_FIRST_TIME", Factor.SERVICE_QUALITY),
    ON_TIME("SQ.ON_TIME", Factor.SERVICE_QUALITY),
    WORKMANSHIP("SQ.WORKMANSHIP", Factor.SERVICE_QUALITY),
    PARKING("SF.PARKING", Factor.SERVICE_FACILITY),
    ENVIRONMENT("SF.ENVIRONMENT", Factor.SERVICE_FACILITY),
    LOUNGE("SF.LOUNGE", Factor.SERVICE_FACILITY),
    WORK_EXPLAINED("VP.WORK_EXPLAINED", Factor.VEHICLE_PICKUP),
    VALUE("VP.VALUE", Factor.VEHICLE_PICKUP),
    CAR_CLEAN("VP.CAR_CLEAN", Factor.VEHICLE_PICKUP);

    private final String code;
    private final Factor factor;

    Topic(String code, Factor factor) {
        this.code = code;
        this.factor = factor;
    }

    /** Stored in the database and in exports; never changes once shipped. */
    public String code() {
        return code;
    }

    public Factor factor() {
        return factor;
    }

    public String messageKey() {
        return "topic." + code;
    }

    /** The topic of a code, or of its short name ({@code WAITING}) as the dictionary file writes it. */
    public static Optional<Topic> of(String codeOrName) {
        var wanted = codeOrName.trim();
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
