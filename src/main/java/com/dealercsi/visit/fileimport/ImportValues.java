package com.dealercsi.visit.fileimport;

import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Service types and languages as DMS exports spell them, in Chinese or English. */
public final class ImportValues {

    private static final Map<String, ServiceType> SERVICE_TYPES = Map.ofEntries(
            Map.entry("保养", ServiceType.MAINTENANCE), Map.entry("维护", ServiceType.MAINTENANCE),
            Map.entry("首保", ServiceType.MAINTENANCE), Map.entry("定保", ServiceType.MAINTENANCE),
            Map.entry("常规保养", ServiceType.MAINTENANCE), Map.entry("maintenance", ServiceType.MAINTENANCE),
            Map.entry("service", ServiceType.MAINTENANCE),
            Map.entry("维修", ServiceType.REPAIR), Map.entry("一般维修", ServiceType.REPAIR),
            Map.entry("机修", ServiceType.REPAIR), Map.entry("修理", ServiceType.REPAIR),
            Map.entry("repair", ServiceType.REPAIR),
            Map.entry("索赔", ServiceType.WARRANTY), Map.entry("保修", ServiceType.WARRANTY),
            Map.entry("三包", ServiceType.WARRANTY), Map.entry("质保", ServiceType.WARRANTY),
            Map.entry("warranty", ServiceType.WARRANTY), Map.entry("warrantyrepair", ServiceType.WARRANTY),
            Map.entry("事故", ServiceType.ACCIDENT_REPAIR), Map.entry("事故车", ServiceType.ACCIDENT_REPAIR),
            Map.entry("钣喷", ServiceType.ACCIDENT_REPAIR), Map.entry("钣金", ServiceType.ACCIDENT_REPAIR),
            Map.entry("喷漆", ServiceType.ACCIDENT_REPAIR), Map.entry("保险", ServiceType.ACCIDENT_REPAIR),
            Map.entry("理赔", ServiceType.ACCIDENT_REPAIR), Map.entry("保险理赔", ServiceType.ACCIDENT_REPAIR),
            Map.entry("accident", ServiceType.ACCIDENT_REPAIR), Map.entry("accidentrepair", ServiceType.ACCIDENT_REPAIR),
            Map.entry("bodyandpaint", ServiceType.ACCIDENT_REPAIR), Map.entry("bodyshop", ServiceType.ACCIDENT_REPAIR));

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("zhcn", Language.ZH_CN), Map.entry("zh", Language.ZH_CN), Map.entry("cn", Language.ZH_CN),
            Map.entry("中文", Language.ZH_CN), Map.entry("简体中文", Language.ZH_CN), Map.entry("汉语", Language.ZH_CN),
            Map.entry("chinese", Language.ZH_CN),
            Map.entry("en", Language.EN), Map.entry("enus", Language.EN), Map.entry("engb", Language.EN),
            Map.entry("english", Language.EN), Map.entry("英文", Language.EN), Map.entry("英语", Language.EN));

    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile("[\\s_&-]");

    private ImportValues() {
    }

    public static Optional<ServiceType> serviceType(String raw) {
        var key = comparable(raw);
        for (var type : ServiceType.values()) {
            if (comparable(type.name()).equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(SERVICE_TYPES.get(key));
    }

    public static Optional<Language> language(String raw) {
        return Optional.ofNullable(LANGUAGES.get(comparable(raw)));
    }

    private static String comparable(String raw) {
        return NOISE.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
