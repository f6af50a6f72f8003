package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.mail.MailTemplates;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.visit.Visits;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the "owner says it is not right yet" mail in the recipient's language. Idempotent like the escalation
 * mail: the key (case, recipient) is written before sending in this listener's transaction, so a failed send rolls
 * it back for the retry and a second delivery finds it.
 */
@Component
class FollowUpUnhappyMailer {

    private final RecoveryCaseRepository cases;
    private final FollowUpRepository followUps;
    private final Visits visits;
    private final Stores stores;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FollowUpUnhappyMailer(RecoveryCaseRepository cases, FollowUpRepository followUps, Visits visits, Stores stores,
            MailTemplates templates, Mailer mailer, MessageSource messages, CsiProperties csi, JdbcTemplate jdbc,
            Clock clock) {
        this.cases = cases;
        this.followUps = followUps;
        this.visits = visits;
        this.stores = stores;
        this.templates = templates;
        this.mailer = mailer;
        this.messages = messages;
        this.csi = csi;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FollowUpUnhappyMailDue due) {
        var recipient = due.recipientEmail().toLowerCase(Locale.ROOT);
        Integer sent = jdbc.queryForObject("select count(*) from recovery_follow_up_unhappy_mail_sent "
                + "where case_id = ? and recipient = ?", Integer.class, due.caseId(), recipient);
        if (sent != null && sent > 0) {
            return;
        }
        jdbc.update("insert into recovery_follow_up_unhappy_mail_sent (case_id, recipient, sent_at) values (?, ?, ?)",
                due.caseId(), recipient, Timestamp.from(clock.instant()));
        var closed = cases.findById(due.caseId()).orElseThrow();
        var answer = followUps.findByCaseId(due.caseId()).map(FollowUp::answer).orElseThrow();
        var visit = visits.find(closed.visitId()).orElseThrow();
        var store = stores.get(closed.storeId());
        var locale = due.recipientLanguage().locale();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(store.timeZone());
        var variables = new HashMap<String, Object>();
        variables.put("ownerName", visit.ownerName());
        variables.put("phone", visit.phone());
        variables.put("car", visit.model() + " · " + visit.plate());
        variables.put("roNumber", visit.roNumber());
        variables.put("storeName", store.name());
        variables.put("caseOwner", closed.ownerName() == null
                ? messages.getMessage("recovery.owner.none", null, locale) : closed.ownerName());
        variables.put("closedOn", closed.closedAt() == null ? "–" : dates.format(closed.closedAt()));
        variables.put("satisfaction", messages.getMessage("recovery.followUp.case.score",
                new Object[] {answer.satisfaction(), FollowUpAnswer.MAX}, locale));
        variables.put("comment", answer.comment() == null
                ? messages.getMessage("recovery.followUp.case.noComment", null, locale) : answer.comment());
        variables.put("link", csi.link("/cases/" + closed.getId()));
        var body = templates.render("recovery-follow-up-unhappy", due.recipientLanguage(), variables);
        var subject = messages.getMessage("recovery.mail.followUpUnhappy.subject",
                new Object[] {visit.ownerName(), store.name(), visit.plate()}, locale);
        mailer.send(MailPurpose.FOLLOW_UP_UNHAPPY, new OutgoingMail(List.of(due.recipientEmail()), subject, body));
    }
}
