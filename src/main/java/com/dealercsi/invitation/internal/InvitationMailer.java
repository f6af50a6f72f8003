package com.dealercsi.invitation.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.InvitationDue;
import com.dealercsi.invitation.InvitationPolicies;
import com.dealercsi.invitation.InvitationProperties;
import com.dealercsi.invitation.MailKind;
import com.dealercsi.invitation.ReminderDue;
import com.dealercsi.invitation.SkipReason;
import com.dealercsi.invitation.UnsubscribeLink;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.shared.mail.SmtpFailure;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the personal link, and later the one reminder. The token is made here, at the last moment, so it never
 * rests anywhere but in the mail; only its hash is stored. When SMTP fails for a while, the transaction rolls
 * back and the outbox retries later; when the server refuses the address for good, the invitation is marked
 * undeliverable and the listener completes, so nobody retries a dead address.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    /** 256 bits from a CSPRNG. */
    private static final int TOKEN_BYTES = 32;

    private final InvitationRepository invitations;
    private final OptOuts optOuts;
    private final InvitationPolicies policies;
    private final Visits visits;
    private final Stores stores;
    private final InvitationMailRenderer renderer;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationMailer(
            InvitationRepository invitations,
            OptOuts optOuts,
            InvitationPolicies policies,
            Visits visits,
            Stores stores,
            InvitationMailRenderer renderer,
            Mailer mailer,
            MessageSource messages,
            CsiProperties csi,
            InvitationProperties properties,
            Clock clock) {
        this.invitations = invitations;
        this.optOuts = optOuts;
        this.policies = policies;
        this.visits = visits;
        this.stores = stores;
        this.renderer = renderer;
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
            return; // already sent (or skipped) by an earlier attempt whose completion was not recorded
        }
        var now = clock.instant();
        if (optOuts.coversEmail(invitation.emailHash())) {
            invitation.skip(SkipReason.OPTED_OUT, now);
            return;
        }
        var token = Hashing.randomToken(TOKEN_BYTES);
        var expiresAt = now.plus(properties.linkValidity());
        var reminderDueAt = policies.policyFor(invitation.storeId())
                .reminderAfter()
                .map(now::plus)
                .orElse(null);
        invitation.send(Hashing.sha256Hex(token), now, expiresAt, reminderDueAt);
        invitations.saveAndFlush(invitation);
        deliver(invitation, token, expiresAt, false, now);
    }

    @ApplicationModuleListener
    void on(ReminderDue due) {
        var invitation = invitations.lockById(due.invitationId()).orElseThrow();
        var now = clock.instant();
        if (!invitation.isReminderQueued() || invitation.expiresAt() == null || !now.isBefore(invitation.expiresAt())) {
            return; // reminded already, answered or run out meanwhile
        }
        if (optOuts.coversEmail(invitation.emailHash())) {
            return;
        }
        var token = Hashing.randomToken(TOKEN_BYTES);
        invitation.remind(Hashing.sha256Hex(token), now);
        invitations.saveAndFlush(invitation);
        deliver(invitation, token, invitation.expiresAt(), true, now);
    }

    private void deliver(Invitation invitation, String token, Instant expiresAt, boolean reminder, Instant now) {
        var visit = visits.find(invitation.visitId()).orElseThrow();
        var store = stores.get(invitation.storeId());
        var locale = invitation.language().locale();
        var dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(store.timeZone());
        var kind = reminder ? MailKind.REMINDER : MailKind.INVITATION;
        var facts = new InvitationMailRenderer.Facts(
                visit.ownerName(),
                visit.model(),
                visit.plate(),
                messages.getMessage(visit.serviceType().messageKey(), null, locale),
                dateFormat.format(visit.deliveredAt()),
                dateFormat.format(expiresAt),
                csi.link("/survey/" + token),
                csi.link(UnsubscribeLink.SURVEY.page(token)));
        var mail = renderer.render(
                store,
                kind,
                invitation.language(),
                renderer.wordingFor(store.id(), kind, invitation.language()),
                facts,
                InvitationMailRenderer.LogoMode.INLINE);
        var headers = UnsubscribeLink.SURVEY.headers(csi, token);
        try {
            mailer.send(
                    reminder ? MailPurpose.REMINDER : MailPurpose.INVITATION,
                    new OutgoingMail(
                            List.of(visit.email()),
                            mail.subject(),
                            mail.body().html(),
                            mail.body().text(),
                            headers,
                            mail.logo().stream().toList()));
        } catch (MailException e) {
            var permanent = SmtpFailure.permanent(e);
            if (permanent.isEmpty()) {
                throw e; // rolled back; the outbox tries again
            }
            // ids only: the server's reply comes without the address (SmtpFailure), and the owner stays out (ADR 0053)
            log.info(
                    "Invitation {} of visit {} in store {} is undeliverable: {}",
                    invitation.getId(),
                    invitation.visitId(),
                    invitation.storeId(),
                    permanent.get());
            invitation.undeliverable(permanent.get(), now);
        }
    }
}
