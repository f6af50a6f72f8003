package com.dealercsi.audit.ui;

import com.dealercsi.audit.AuditLog;
import com.dealercsi.audit.AuditRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One audit entry as a card: a row of four cells at a desk, stacked on a phone (the CSS decides). */
final class AuditEntryCards {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog log;
    private final ZoneId zone;

    AuditEntryCards(AuditLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    Div header() {
        var header = new Div(
                cell("audit-at", text("audit.column.at") + " (" + zone.getId() + ")"),
                cell("audit-who", text("audit.column.who")),
                cell("audit-what", text("audit.column.action")),
                cell("audit-store", text("audit.column.store")));
        header.addClassNames("audit-entry", "audit-header");
        return header;
    }

    Div entry(AuditRow row, Locale locale) {
        var actor = cell("audit-who", log.actor(row, locale));
        var roles = log.roles(row.actorRoles(), locale);
        if (!roles.isBlank()) {
            actor.add(span("audit-role", roles));
        }
        var what = new Div(
                span("audit-action", text(row.action().messageKey())), span("audit-subject", log.subject(row, locale)));
        what.addClassName("audit-what");
        var details = log.details(row, locale);
        if (!details.isBlank()) {
            what.add(span("audit-details", details));
        }
        var card = new Div(
                cell("audit-at", TIME.format(row.at().atZone(zone))),
                actor,
                what,
                cell("audit-store", row.storeName() == null ? "" : row.storeName()));
        card.addClassName("audit-entry");
        return card;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static Span span(String className, String text) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static Div cell(String className, String text) {
        var cell = new Div(new Span(text));
        cell.addClassName(className);
        return cell;
    }
}
