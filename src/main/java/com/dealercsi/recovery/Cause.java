package com.dealercsi.recovery;

import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import java.util.Locale;
import java.util.UUID;

/**
 * A root cause as screens and reports show it.
 *
 * @param code stable, as in exports and in the topics of comments (such as {@code SI.WAITING})
 * @param retired no longer offered when closing a case, still shown where it was used
 * @param used at least one case was closed with it, so it can be retired but never deleted
 */
public record Cause(UUID id, String code, Factor factor, String nameEn, String nameZh, boolean retired, boolean used) {

    /** The longest name a cause may have, in either language. */
    public static final int NAME_LENGTH = 100;

    public String name(Locale locale) {
        return Language.of(locale) == Language.ZH_CN ? nameZh : nameEn;
    }
}
