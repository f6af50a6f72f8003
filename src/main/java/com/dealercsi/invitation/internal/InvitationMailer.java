package com.dealercsi.invitation.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.InvitationDue;
import com.dealercsi.invitation.InvitationProperties;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.mail.MailTemplates;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the personal link. The token is made here, at the last moment, so it never rests anywhere but in the
 * mail; only its hash is stored. When SMTP fails, the transaction rolls back and the outbox retries later.
 */
@Component
class InvitationMailer {

    /** 256 bits from a CSPRNG. */
    private static final int TOKEN_BYTES = 32;

    private final InvitationRepository invitations;
    private final Visits visits;
    private final Stores stores;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationMailer(InvitationRepository invitations, Visits visits, Stores stores, MailTemplates templates,
            Mailer mailer, MessageSource messages, CsiProperties csi, InvitationProperties properties, Clock clock) {
        this.invitations = invitations;
        this.visits = visits;
        this.stores = stores;
        this.templates = templates;
        this.mailer = mailer;
        this.messages = messages;
        this.csi = csi;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvitationDue due) {
        var invitation = invitations.lockById(due.invitationId()).orElseThrow();
        if (!invitation.isQueued()) {
            return; // already sent by an earlier attempt whose completion was not recorded
        }
        var visit = visits.find(invitation.visitId()).orElseThrow();
        var store = stores.get(invitation.storeId());
        var token = Hashing.randomToken(TOKEN_BYTES);
        var now = clock.instant();
        var expiresAt = now.plus(properties.linkValidity());
        invitation.send(Hashing.sha256Hex(token), now, expiresAt);
        invitations.saveAndFlush(invitation);

        var locale = invitation.language().locale();
        var dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(store.timeZone());
        var body = templates.render("invitation", invitation.language(), Map.of(
                "ownerName", visit.ownerName(),
                "storeName", store.name(),
                "storePhone", store.contactPhone() == null ? "" : store.contactPhone(),
                "model", visit.model(),
                "plate", visit.plate(),
                "serviceType", messages.getMessage(visit.serviceType().messageKey(), null, locale),
                "deliveredOn", dateFormat.format(visit.deliveredAt()),
                "expiresOn", dateFormat.format(expiresAt),
                "link", csi.link("/survey/" + token)));
        var subject = messages.getMessage("mail.invitation.subject", new Object[] {store.name()}, locale);
        mailer.send(new OutgoingMail(List.of(visit.email()), subject, body));
    }
}
