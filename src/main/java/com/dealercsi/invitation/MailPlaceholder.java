package com.dealercsi.invitation;

import com.dealercsi.shared.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts a store's mail text may name, in plain words staff can read: {@code {车主}} or {@code {owner}}. Both
 * names work in texts of either language, so pasting an English text into the Chinese one does not break it.
 */
public enum MailPlaceholder {
    OWNER("owner", "车主"),
    STORE("store", "门店"),
    PHONE("phone", "电话"),
    MODEL("model", "车型"),
    PLATE("plate", "车牌"),
    SERVICE("service", "服务"),
    DATE("date", "日期");

    private final String english;
    private final String chinese;

    MailPlaceholder(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The name as staff write it in a text of that language, with its braces. */
    public String token(Language language) {
        return "{" + (language == Language.ZH_CN ? chinese : english) + "}";
    }

    public String messageKey() {
        return "invitation.texts.placeholder." + name();
    }

    public static Optional<MailPlaceholder> named(String name) {
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.english.equals(wanted) || p.chinese.equals(wanted))
                .findFirst();
    }
}
