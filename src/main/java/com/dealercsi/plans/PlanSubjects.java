package com.dealercsi.plans;

import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaires;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a plan's subject in words, for screens and mails: the factor's name, the item's question, the topic's or
 * cause's name. Never a code, except for a cause an administrator added, which has no name here yet.
 */
@Component
public class PlanSubjects {

    private final MessageSource messages;
    private final Questionnaires questionnaires;

    PlanSubjects(MessageSource messages, Questionnaires questionnaires) {
        this.messages = messages;
        this.questionnaires = questionnaires;
    }

    /** "Service advisor", "Waiting time too long", the item's question. */
    public String name(PlanSubject subject, Locale locale) {
        return switch (subject.kind()) {
            case FACTOR -> factorName(subject, locale);
            case ITEM ->
                questionnaires
                        .get(Questionnaires.STANDARD_VERSION)
                        .item(subject.code())
                        .map(item -> item.text(Language.of(locale)))
                        .orElseGet(() -> factorName(subject, locale));
            case TOPIC, CAUSE ->
                subject.topic()
                        .map(topic -> messages.getMessage(topic.messageKey(), null, locale))
                        .orElseGet(() -> messages.getMessage(
                                "plans.subject.addedCause",
                                new Object[] {subject.code(), factorName(subject, locale)},
                                locale));
        };
    }

    /** "Factor · Service advisor": the kind, then the name. */
    public String describe(PlanSubject subject, Locale locale) {
        return messages.getMessage(
                "plans.subject.described",
                new Object[] {messages.getMessage(subject.kind().messageKey(), null, locale), name(subject, locale)},
                locale);
    }

    public String factorName(PlanSubject subject, Locale locale) {
        return messages.getMessage(subject.factor().messageKey(), null, locale);
    }
}
