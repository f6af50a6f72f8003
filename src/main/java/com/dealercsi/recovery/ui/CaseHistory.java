package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.shared.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;

/** The case's audit trail, every change with its time and who made it, read as a list by screen readers. */
class CaseHistory extends Div {

    CaseHistory(CaseDetails details) {
        addClassName("case-audit");
        setId("case-audit");
        getElement().setAttribute("role", "list");
        for (var line : details.audit()) {
            var entry = new Div(
                    new Span(CaseTime.of(line.at(), details, getLocale())),
                    new Span(line.actor()),
                    new Span(getTranslation("recovery.audit." + line.action())),
                    new Span(detailInWords(details, line.action(), line.detail())));
            entry.addClassName("case-line");
            entry.getElement().setAttribute("role", "listitem");
            add(entry);
        }
    }

    /**
     * A history line's detail in words: the channel, result and outcome were stored as codes ({@code PHONE ·
     * NO_ANSWER}), which the history shows as the attempts list does ("Phone · No answer").
     */
    private String detailInWords(CaseDetails details, String action, String detail) {
        var parts = new ArrayList<>(Arrays.asList(detail.split(" · ", -1)));
        if (action.equals("ATTEMPT") && parts.size() >= 2) {
            parts.set(0, words("recovery.channel.", parts.get(0)));
            parts.set(1, words("recovery.result.", parts.get(1)));
        } else if (action.equals("CLOSED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.outcome.", parts.get(0)));
        } else if (action.equals("OPENED") && !detail.isEmpty()) {
            var level = detail.split(" → ", 2);
            return words("alert.level.", level[0]) + (level.length > 1 ? " → " + level[1] : "");
        } else if (action.equals("FOLLOW_UP_ANSWERED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.followUp.madeRight.", parts.get(0)));
        } else if (action.equals("CAUSES")) {
            // stored as codes, named as the cause is called now, so a renamed cause reads the same everywhere
            var names = details.causes().stream()
                    .collect(java.util.stream.Collectors.toMap(
                            com.dealercsi.recovery.Cause::code, cause -> cause.name(getLocale())));
            parts.replaceAll(code -> names.getOrDefault(code, code));
        } else if (action.equals("FOLLOW_UP_CANCELLED") && !parts.isEmpty()) {
            parts.set(0, words("recovery.followUp.cancel.", parts.get(0)));
        }
        return Texts.dotted(parts);
    }

    /** A code in words when the bundle knows it; anything else (a note, a name) as written. */
    private String words(String prefix, String code) {
        if (!code.matches("[A-Z_]+")) {
            return code;
        }
        var key = prefix + code;
        var text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }
}
