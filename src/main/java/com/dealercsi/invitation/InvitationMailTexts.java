package com.dealercsi.invitation;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.invitation.internal.InvitationMailRenderer;
import com.dealercsi.invitation.internal.StoreMailText;
import com.dealercsi.invitation.internal.StoreMailTextRepository;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.visit.ServiceType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of a store's invitation and reminder mails, for the managers of that store and administrators:
 * read, change, reset to the default, preview and send as a test. The preview is rendered by the same code as
 * the real mail, with sample owner data.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER')")
public class InvitationMailTexts {

    private final StoreMailTextRepository texts;
    private final InvitationMailRenderer renderer;
    private final Stores stores;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final InvitationProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    InvitationMailTexts(
            StoreMailTextRepository texts,
            InvitationMailRenderer renderer,
            Stores stores,
            Mailer mailer,
            MessageSource messages,
            CsiProperties csi,
            InvitationProperties properties,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.texts = texts;
        this.renderer = renderer;
        this.stores = stores;
        this.mailer = mailer;
        this.messages = messages;
        this.csi = csi;
        this.properties = properties;
        this.clock = clock;
    }

    /** The texts in use, and whether they are the store's own (with when and by whom they were saved). */
    public record Current(
            MailWording wording,
            @Nullable Instant savedAt,
            @Nullable String savedBy) {

        public boolean custom() {
            return savedAt != null;
        }
    }

    /** A rendered sample mail. */
    public record Preview(String subject, String html, String text) {}

    public List<StoreRef> editableStores() {
        return CurrentStaff.visibleStores(stores);
    }

    @Transactional(readOnly = true)
    public Current of(UUID storeId, MailKind kind, Language language) {
        CurrentStaff.requireVisible(stores, storeId);
        return texts.findByStoreIdAndKindAndLanguage(storeId, kind, language)
                .map(own -> new Current(own.wording(), own.updatedAt(), own.updatedBy()))
                .orElseGet(() -> new Current(renderer.defaults(kind, language), null, null));
    }

    public MailWording defaults(MailKind kind, Language language) {
        return renderer.defaults(kind, language);
    }

    /** Stores the wording if it has no problems; otherwise stores nothing and returns the problems. */
    @Transactional
    public List<MailWording.Problem> save(UUID storeId, MailKind kind, Language language, MailWording wording) {
        CurrentStaff.requireVisible(stores, storeId);
        var problems = wording.problems(language);
        if (problems.isEmpty()) {
            var own = texts.findByStoreIdAndKindAndLanguage(storeId, kind, language)
                    .orElseGet(() -> new StoreMailText(storeId, kind, language));
            own.reword(wording, CurrentStaff.require().displayName(), clock.instant());
            texts.save(own);
            audit.record(
                    AuditAction.SETTINGS_CHANGED,
                    storeId,
                    "audit.setting.mailText",
                    java.util.Map.of("kind", "invitation.texts.kind." + kind.name(), "language", language.tag()));
        }
        return problems;
    }

    /** The store's own wording is dropped; the default applies again. */
    @Transactional
    public void reset(UUID storeId, MailKind kind, Language language) {
        CurrentStaff.requireVisible(stores, storeId);
        texts.findByStoreIdAndKindAndLanguage(storeId, kind, language).ifPresent(texts::delete);
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.mailTextReset",
                java.util.Map.of("kind", "invitation.texts.kind." + kind.name(), "language", language.tag()));
    }

    /**
     * The mail as an owner would get it, with sample data, ready for a sandboxed frame: the logo comes from its
     * public address instead of being carried inside.
     *
     * @throws IllegalArgumentException when the wording has problems
     */
    @Transactional(readOnly = true)
    public Preview preview(UUID storeId, MailKind kind, Language language, MailWording wording) {
        CurrentStaff.requireVisible(stores, storeId);
        var rendered = render(storeId, kind, language, wording, InvitationMailRenderer.LogoMode.LINKED);
        return new Preview(
                rendered.subject(), rendered.body().html(), rendered.body().text());
    }

    /**
     * Sends the sample mail to the logged-in member of staff, exactly as an owner would get it (logo inside),
     * with its subject marked as a test.
     *
     * @return the address the mail went to
     * @throws IllegalArgumentException when the wording has problems
     */
    @Transactional(readOnly = true)
    public String sendTest(UUID storeId, MailKind kind, Language language, MailWording wording) {
        CurrentStaff.requireVisible(stores, storeId);
        var to = CurrentStaff.require().getUsername();
        var rendered = render(storeId, kind, language, wording, InvitationMailRenderer.LogoMode.INLINE);
        var prefix = messages.getMessage("invitation.texts.testPrefix", null, language.locale());
        mailer.send(
                MailPurpose.TEXT_SAMPLE,
                new OutgoingMail(
                        List.of(to),
                        prefix + " " + rendered.subject(),
                        rendered.body().html(),
                        rendered.body().text(),
                        Map.of(),
                        rendered.logo().stream().toList()));
        return to;
    }

    private InvitationMailRenderer.Rendered render(
            UUID storeId,
            MailKind kind,
            Language language,
            MailWording wording,
            InvitationMailRenderer.LogoMode logoMode) {
        var problems = wording.problems(language);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The wording has problems: " + problems);
        }
        var store = stores.get(storeId);
        var locale = language.locale();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(store.timeZone());
        var now = clock.instant();
        // links to pages that say "unknown link", so a click in a test mail changes nothing
        var facts = new InvitationMailRenderer.Facts(
                messages.getMessage("invitation.texts.sample.owner", null, locale),
                messages.getMessage("invitation.texts.sample.model", null, locale),
                messages.getMessage("invitation.texts.sample.plate", null, locale),
                messages.getMessage(ServiceType.MAINTENANCE.messageKey(), null, locale),
                dates.format(now),
                dates.format(now.plus(properties.linkValidity())),
                csi.link("/survey/sample"),
                csi.link(UnsubscribeLink.SURVEY.page("sample")));
        return renderer.render(store, kind, language, wording, facts, logoMode);
    }
}
