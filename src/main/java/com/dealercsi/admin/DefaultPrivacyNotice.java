package com.dealercsi.admin;

import com.dealercsi.shared.Language;
import com.dealercsi.shared.Texts;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;

/**
 * The notice a store shows until it writes its own: what is kept, why, for how long, who sees it and how to ask for
 * a copy or erasure. Built from the bundle's paragraphs each time, so a new phone number or retention period shows
 * at once in every store that kept the default.
 */
final class DefaultPrivacyNotice {

    private static final List<String> PARAGRAPHS = List.of("intro", "collected", "purpose", "retention", "access");

    private final MessageSource messages;
    private final Period retention;

    DefaultPrivacyNotice(MessageSource messages, Period retention) {
        this.messages = messages;
        this.retention = retention;
    }

    String text(StoreRef store, Language language) {
        var locale = language.locale();
        var period = period(language);
        var paragraphs = new ArrayList<String>();
        for (var part : PARAGRAPHS) {
            paragraphs.add(messages.getMessage("notice.default." + part, new Object[] {store.name(), period}, locale));
        }
        var phone = store.contactPhone() == null ? "" : store.contactPhone().strip();
        paragraphs.add(
                phone.isEmpty()
                        ? messages.getMessage("notice.default.rights", new Object[] {store.name()}, locale)
                        : messages.getMessage(
                                "notice.default.rightsWithPhone", new Object[] {store.name(), phone}, locale));
        // generated Chinese sets a space where it meets the store's Latin name or a number, as the survey does
        return Texts.spacedBetweenChineseAndLatin(String.join("\n\n", paragraphs));
    }

    /** "24 months", "24个月": months as the brief counts them, days only where the setting has some. */
    String period(Language language) {
        var months = retention.toTotalMonths();
        var days = retention.getDays();
        var key =
                days == 0 ? "notice.period.months" : months == 0 ? "notice.period.days" : "notice.period.monthsAndDays";
        var arguments =
                days == 0 ? new Object[] {months} : months == 0 ? new Object[] {days} : new Object[] {months, days};
        return messages.getMessage(key, arguments, language.locale());
    }
}
