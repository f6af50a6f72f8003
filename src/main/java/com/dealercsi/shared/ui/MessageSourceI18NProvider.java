package com.dealercsi.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin views and mails read the same message bundles, so a word means the same on screen and in a mail. */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    static final String MISSING_START = "!{";
    static final String MISSING_END = "}!";

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        // English first: Vaadin falls back to the first locale when the browser asks for neither
        return List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A missing key shows as {@value #MISSING_START}key{@value #MISSING_END}, as Vaadin's own provider does, so it
     * is seen on screen and a test walking the pages can find it.
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params.length == 0 ? null : params, MISSING_START + key + MISSING_END, locale);
    }
}
