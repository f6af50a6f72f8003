package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.mail.MailTemplates;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the escalation mail in the general manager's language: which case, which due time, who owns it. */
@Component
class EscalationMailer {

    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Stores stores;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EscalationMailer(RecoveryCaseRepository cases, Visits visits, Stores stores, MailTemplates templates,
            Mailer mailer, MessageSource messages, CsiProperties csi, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cases = cases;
        this.visits = visits;
        this.stores = stores;
        this.templates = templates;
        this.mailer = mailer;
        this.messages = messages;
        this.csi = csi;
    }

    /**
     * The key (case, breach, recipient) is written before sending, in this listener's transaction: a failed send
     * rolls it back for the retry; a second delivery of the same mail (the outbox may resubmit one that is still
     * running) waits for the first and then finds the key.
     */
    @ApplicationModuleListener
    void on(EscalationMailDue due) {
        var recipient = due.recipientEmail().toLowerCase(java.util.Locale.ROOT);
        Integer sent = jdbc.queryForObject("select count(*) from recovery_escalation_mail_sent "
                + "where case_id = ? and breach = ? and recipient = ?", Integer.class, due.caseId(),
                due.breach().name(), recipient);
        if (sent != null && sent > 0) {
            return;
        }
        jdbc.update("insert into recovery_escalation_mail_sent (case_id, breach, recipient, sent_at) "
                + "values (?, ?, ?, ?)", due.caseId(), due.breach().name(), recipient,
                java.sql.Timestamp.from(clock.instant()));
        var escalated = cases.findById(due.caseId()).orElseThrow();
        var visit = visits.find(escalated.visitId()).orElseThrow();
        var store = stores.get(escalated.storeId());
        var locale = due.recipientLanguage().locale();
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(store.timeZone());
        var level = messages.getMessage("alert.level." + escalated.level().name(), null, locale);
        var breach = messages.getMessage("recovery.breach." + due.breach().name(), null, locale);
        var variables = new HashMap<String, Object>();
        variables.put("breach", breach);
        variables.put("level", level);
        variables.put("storeName", store.name());
        variables.put("ownerName", visit.ownerName());
        variables.put("phone", visit.phone());
        variables.put("car", visit.model() + " · " + visit.plate());
        variables.put("roNumber", visit.roNumber());
        variables.put("advisor", visit.advisorName());
        variables.put("caseOwner", escalated.ownerName() == null
                ? messages.getMessage("recovery.owner.none", null, locale) : escalated.ownerName());
        variables.put("status", messages.getMessage("recovery.status." + escalated.status().name(), null, locale));
        variables.put("openedAt", times.format(escalated.openedAt()));
        variables.put("due", times.format(switch (due.breach()) {
            case NOT_ACKNOWLEDGED -> escalated.acknowledgeDue();
            case NOT_CLOSED -> escalated.closeDue();
        }));
        variables.put("link", csi.link("/cases/" + escalated.getId()));
        var body = templates.render("recovery-escalation", due.recipientLanguage(), variables);
        var subject = messages.getMessage("recovery.mail.escalation.subject",
                new Object[] {breach, store.name(), visit.ownerName(), visit.plate()}, locale);
        mailer.send(MailPurpose.ESCALATION, new OutgoingMail(List.of(due.recipientEmail()), subject, body));
    }
}
