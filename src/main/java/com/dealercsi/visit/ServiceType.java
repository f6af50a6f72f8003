package com.dealercsi.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kind of after-sales work on the repair order. */
public enum ServiceType {
    MAINTENANCE,
    REPAIR,
    WARRANTY,
    ACCIDENT_REPAIR;

    /**
     * The words Chinese DMSs and English ones use for these, as found in real exports: a store's own words are
     * mapped in the import's value step (and remembered); these are the ones every store gets for free.
     */
    private static final Map<String, ServiceType> WORDS = Map.ofEntries(
            Map.entry("保养", MAINTENANCE),
            Map.entry("维护", MAINTENANCE),
            Map.entry("首保", MAINTENANCE),
            Map.entry("首次保养", MAINTENANCE),
            Map.entry("定保", MAINTENANCE),
            Map.entry("定期保养", MAINTENANCE),
            Map.entry("常规保养", MAINTENANCE),
            Map.entry("小保养", MAINTENANCE),
            Map.entry("大保养", MAINTENANCE),
            Map.entry("保养维护", MAINTENANCE),
            Map.entry("例行保养", MAINTENANCE),
            Map.entry("免费保养", MAINTENANCE),
            Map.entry("maintenance", MAINTENANCE),
            Map.entry("service", MAINTENANCE),
            Map.entry("periodicmaintenance", MAINTENANCE),
            Map.entry("routineservice", MAINTENANCE),
            Map.entry("维修", REPAIR),
            Map.entry("一般维修", REPAIR),
            Map.entry("普通维修", REPAIR),
            Map.entry("机修", REPAIR),
            Map.entry("机电维修", REPAIR),
            Map.entry("电器维修", REPAIR),
            Map.entry("电工", REPAIR),
            Map.entry("修理", REPAIR),
            Map.entry("故障维修", REPAIR),
            Map.entry("返修", REPAIR),
            Map.entry("快修", REPAIR),
            Map.entry("repair", REPAIR),
            Map.entry("generalrepair", REPAIR),
            Map.entry("mechanical", REPAIR),
            Map.entry("索赔", WARRANTY),
            Map.entry("保修", WARRANTY),
            Map.entry("保修索赔", WARRANTY),
            Map.entry("索赔维修", WARRANTY),
            Map.entry("三包", WARRANTY),
            Map.entry("三包维修", WARRANTY),
            Map.entry("质保", WARRANTY),
            Map.entry("质量担保", WARRANTY),
            Map.entry("厂家索赔", WARRANTY),
            Map.entry("召回", WARRANTY),
            Map.entry("warranty", WARRANTY),
            Map.entry("warrantyrepair", WARRANTY),
            Map.entry("warrantyclaim", WARRANTY),
            Map.entry("recall", WARRANTY),
            Map.entry("事故", ACCIDENT_REPAIR),
            Map.entry("事故车", ACCIDENT_REPAIR),
            Map.entry("事故维修", ACCIDENT_REPAIR),
            Map.entry("事故车维修", ACCIDENT_REPAIR),
            Map.entry("钣喷", ACCIDENT_REPAIR),
            Map.entry("钣金", ACCIDENT_REPAIR),
            Map.entry("喷漆", ACCIDENT_REPAIR),
            Map.entry("钣金喷漆", ACCIDENT_REPAIR),
            Map.entry("钣金油漆", ACCIDENT_REPAIR),
            Map.entry("钣喷维修", ACCIDENT_REPAIR),
            Map.entry("保险", ACCIDENT_REPAIR),
            Map.entry("理赔", ACCIDENT_REPAIR),
            Map.entry("保险理赔", ACCIDENT_REPAIR),
            Map.entry("保险维修", ACCIDENT_REPAIR),
            Map.entry("定损", ACCIDENT_REPAIR),
            Map.entry("accident", ACCIDENT_REPAIR),
            Map.entry("accidentrepair", ACCIDENT_REPAIR),
            Map.entry("bodyandpaint", ACCIDENT_REPAIR),
            Map.entry("bodypaint", ACCIDENT_REPAIR),
            Map.entry("bodyshop", ACCIDENT_REPAIR),
            Map.entry("collision", ACCIDENT_REPAIR),
            Map.entry("insurance", ACCIDENT_REPAIR));

    private static final Pattern NOISE = Pattern.compile("[\\s_&/·・.,，、()（）-]");

    /** The type inside a sentence ("thank you for your maintenance"): lower case in English. */
    public String messageKey() {
        return "serviceType." + name();
    }

    /** The type on its own, as a choice or a column value ("Maintenance"). */
    public String labelKey() {
        return "serviceType.label." + name();
    }

    /** The type a word of a DMS or a person stands for: our own names, or a known synonym in either language. */
    public static Optional<ServiceType> fromWord(String word) {
        var key = comparable(word);
        for (var type : values()) {
            if (comparable(type.name()).equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(WORDS.get(key));
    }

    /** The API takes the same words as the import, so a DMS can send its own. */
    @JsonCreator
    static ServiceType fromJson(String word) {
        return fromWord(word).orElseThrow(() -> new IllegalArgumentException("Not a service type: " + word));
    }

    private static String comparable(String word) {
        return NOISE.matcher(word.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
