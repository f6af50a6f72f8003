package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.shared.ui.Formats;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Every time on the case page in the store's own zone, and a dash for what has not happened yet. */
final class CaseTime {

    private CaseTime() {}

    static String of(@Nullable Instant instant, CaseDetails details, Locale locale) {
        return instant == null ? "–" : Formats.dateTime(instant, details.store().timeZone(), locale);
    }
}
