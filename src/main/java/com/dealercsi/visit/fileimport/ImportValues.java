package com.dealercsi.visit.fileimport;

import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Service types and languages as DMS exports spell them, in Chinese or English. */
public final class ImportValues {

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("zhcn", Language.ZH_CN),
            Map.entry("zh", Language.ZH_CN),
            Map.entry("cn", Language.ZH_CN),
            Map.entry("中文", Language.ZH_CN),
            Map.entry("简体中文", Language.ZH_CN),
            Map.entry("汉语", Language.ZH_CN),
            Map.entry("chinese", Language.ZH_CN),
            Map.entry("en", Language.EN),
            Map.entry("enus", Language.EN),
            Map.entry("engb", Language.EN),
            Map.entry("english", Language.EN),
            Map.entry("英文", Language.EN),
            Map.entry("英语", Language.EN));

    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile("[\\s_&-]");

    private ImportValues() {}

    public static Optional<ServiceType> serviceType(String raw) {
        return ServiceType.fromWord(raw);
    }

    public static Optional<Language> language(String raw) {
        return Optional.ofNullable(LANGUAGES.get(comparable(raw)));
    }

    private static String comparable(String raw) {
        return NOISE.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
