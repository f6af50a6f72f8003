package com.dealercsi.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages owners and staff can use; the tag is what the DMS and the API send. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == ZH_CN ? EN : ZH_CN;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values())
                .filter(l -> l.tag.equalsIgnoreCase(tag.trim()))
                .findFirst();
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }
}
