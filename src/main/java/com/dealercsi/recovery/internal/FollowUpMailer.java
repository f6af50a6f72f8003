package com.dealercsi.recovery.internal;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.UnsubscribeLink;
import com.dealercsi.recovery.FollowUpCancelReason;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryProperties;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.MailTemplates;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.shared.mail.SmtpFailure;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the follow-up survey in the owner's language. The token is made here, at the last moment, and only its
 * hash is stored (as for invitations). The survey is marked sent in this listener's transaction before the mail
 * goes: a failed send (SMTP down) rolls the mark back and the outbox tries again later; a second delivery of the
 * same event waits for the row lock and then finds the survey sent, so the owner gets one mail.
 */
@Component
class FollowUpMailer {

    private static final Logger log = LoggerFactory.getLogger(FollowUpMailer.class);
    /** 256 bits from a CSPRNG. */
    private static final int TOKEN_BYTES = 32;

    private final FollowUpRepository followUps;
    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Stores stores;
    private final Invitations invitations;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final RecoveryProperties properties;
    private final Clock clock;

    FollowUpMailer(
            FollowUpRepository followUps,
            RecoveryCaseRepository cases,
            Visits visits,
            Stores stores,
            Invitations invitations,
            MailTemplates templates,
            Mailer mailer,
            MessageSource messages,
            CsiProperties csi,
            RecoveryProperties properties,
            Clock clock) {
        this.followUps = followUps;
        this.cases = cases;
        this.visits = visits;
        this.stores = stores;
        this.invitations = invitations;
        this.templates = templates;
        this.mailer = mailer;
        this.messages = messages;
        this.csi = csi;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FollowUpMailDue due) {
        var followUp = followUps.lockById(due.followUpId()).orElseThrow();
        if (!followUp.isQueued()) {
            return; // sent (or cancelled) by an earlier attempt whose completion was not recorded
        }
        var closed = cases.findById(followUp.caseId()).orElseThrow();
        var visit = visits.find(closed.visitId()).orElse(null);
        var now = clock.instant();
        var reason = FollowUpQueue.reasonNotToSend(closed, visit, invitations);
        if (reason != null || visit == null) {
            FollowUpQueue.cancel(followUp, closed, reason == null ? FollowUpCancelReason.NO_EMAIL : reason, now);
            cases.save(closed);
            return;
        }
        var token = Hashing.randomToken(TOKEN_BYTES);
        var expiresAt = now.plus(properties.followUpLinkValidity());
        followUp.send(Hashing.sha256Hex(token), now, expiresAt);
        followUps.saveAndFlush(followUp);

        var store = stores.get(closed.storeId());
        var language = visit.language();
        var locale = language.locale();
        var dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(store.timeZone());
        var link = csi.link(FollowUpLinkFilter.LINK_PREFIX + token);
        var unsubscribe = csi.link(UnsubscribeLink.FOLLOW_UP.page(token));
        var body = templates.render(
                "recovery-follow-up",
                language,
                Map.ofEntries(
                        Map.entry("ownerName", visit.ownerName()),
                        Map.entry("storeName", store.name()),
                        Map.entry("storePhone", store.contactPhone() == null ? "" : store.contactPhone()),
                        Map.entry("car", visit.model() + " · " + visit.plate()),
                        Map.entry("link", link),
                        Map.entry("linkYes", link + "?" + FollowUpLinkFilter.PRESELECT + "=" + MadeRight.YES),
                        Map.entry("linkPartly", link + "?" + FollowUpLinkFilter.PRESELECT + "=" + MadeRight.PARTLY),
                        Map.entry("linkNo", link + "?" + FollowUpLinkFilter.PRESELECT + "=" + MadeRight.NO),
                        Map.entry("expiresOn", dateFormat.format(expiresAt)),
                        Map.entry("unsubscribeLink", unsubscribe),
                        Map.entry(
                                "privacyLink", csi.link(PrivacyNotices.path(store.id())) + "?lang=" + language.tag())));
        var subject = messages.getMessage("recovery.mail.followUp.subject", new Object[] {store.name()}, locale);
        var headers = UnsubscribeLink.FOLLOW_UP.headers(csi, token);
        try {
            mailer.send(
                    MailPurpose.FOLLOW_UP,
                    new OutgoingMail(List.of(visit.email()), subject, body.html(), body.text(), headers));
            closed.recordFollowUpSent(now);
        } catch (MailException e) {
            var permanent = SmtpFailure.permanent(e);
            if (permanent.isEmpty()) {
                throw e; // rolled back, the survey stays queued; the outbox hands the event out again later
            }
            // ids only: the server's reply comes without the address (SmtpFailure), and the owner stays out (ADR 0053)
            log.info(
                    "Follow-up survey {} of case {} in store {} is undeliverable: {}",
                    followUp.getId(),
                    closed.getId(),
                    closed.storeId(),
                    permanent.get());
            followUp.undeliverable(now);
            closed.recordFollowUpCancelled(FollowUpCancelReason.UNDELIVERABLE, now);
        }
        cases.save(closed);
    }
}
