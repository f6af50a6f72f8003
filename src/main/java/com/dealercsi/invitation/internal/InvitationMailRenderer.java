package com.dealercsi.invitation.internal;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.admin.StoreLogos;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.invitation.MailKind;
import com.dealercsi.invitation.MailPlaceholder;
import com.dealercsi.invitation.MailWording;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.mail.InlineImage;
import com.dealercsi.shared.mail.MailBody;
import com.dealercsi.shared.mail.MailTemplates;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders the invitation and the reminder with the store's own wording, the same way for a real mail, the
 * back-office preview and a test mail. The store's texts reach Thymeleaf only as values (escaped by
 * {@code th:text}), never as template code.
 */
@Component
public class InvitationMailRenderer {

    static final String LOGO_CONTENT_ID = "store-logo";

    private final StoreMailTextRepository texts;
    private final StoreLogos logos;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final CsiProperties csi;

    InvitationMailRenderer(
            StoreMailTextRepository texts,
            StoreLogos logos,
            MailTemplates templates,
            MessageSource messages,
            CsiProperties csi) {
        this.csi = csi;
        this.texts = texts;
        this.logos = logos;
        this.templates = templates;
        this.messages = messages;
    }

    /** What one mail is about; the dates are already written out in the owner's language. */
    public record Facts(
            String ownerName,
            String model,
            String plate,
            String serviceType,
            String deliveredOn,
            String expiresOn,
            String link,
            String unsubscribeLink) {}

    /** How the logo is shown: carried inside the mail, or from the app's public address for a browser preview. */
    public enum LogoMode {
        INLINE,
        LINKED
    }

    public record Rendered(String subject, MailBody body, Optional<InlineImage> logo) {}

    /** The store's own wording, or the default one. */
    @Transactional(readOnly = true)
    public MailWording wordingFor(UUID storeId, MailKind kind, Language language) {
        return texts.findByStoreIdAndKindAndLanguage(storeId, kind, language)
                .map(StoreMailText::wording)
                .orElseGet(() -> defaults(kind, language));
    }

    public MailWording defaults(MailKind kind, Language language) {
        var prefix = "invitation.wording." + kind.name() + ".";
        var locale = language.locale();
        // no arguments: the bundle's text comes back as written, placeholders and all
        return new MailWording(
                messages.getMessage(prefix + "subject", null, locale),
                messages.getMessage(prefix + "greeting", null, locale),
                messages.getMessage(prefix + "intro", null, locale),
                messages.getMessage(prefix + "closing", null, locale));
    }

    @Transactional(readOnly = true)
    public Rendered render(
            StoreRef store, MailKind kind, Language language, MailWording wording, Facts facts, LogoMode logoMode) {
        var phone = store.contactPhone() == null ? "" : store.contactPhone().strip();
        var values = new EnumMap<MailPlaceholder, String>(MailPlaceholder.class);
        values.put(MailPlaceholder.OWNER, facts.ownerName());
        values.put(MailPlaceholder.STORE, store.name());
        values.put(MailPlaceholder.PHONE, phone);
        values.put(MailPlaceholder.MODEL, facts.model());
        values.put(MailPlaceholder.PLATE, facts.plate());
        values.put(MailPlaceholder.SERVICE, facts.serviceType());
        values.put(MailPlaceholder.DATE, facts.deliveredOn());
        var filled = wording.fill(values);

        InlineImage inline = null;
        @Nullable String logoSrc = null;
        if (logoMode == LogoMode.INLINE) {
            var logo = logos.find(store.id());
            if (logo.isPresent()) {
                inline = new InlineImage(
                        LOGO_CONTENT_ID, logo.get().contentType(), logo.get().image());
                logoSrc = "cid:" + LOGO_CONTENT_ID;
            }
        } else {
            logoSrc = logos.url(store.id()).orElse(null);
        }
        var variables = new java.util.HashMap<String, Object>(Map.ofEntries(
                Map.entry("reminder", kind == MailKind.REMINDER),
                Map.entry("subject", filled.subject()),
                Map.entry("greeting", filled.greeting()),
                Map.entry("intro", filled.intro()),
                Map.entry("introText", MailWording.Filled.asText(filled.intro())),
                Map.entry("closing", filled.closing()),
                Map.entry("closingText", MailWording.Filled.asText(filled.closing())),
                Map.entry("storeName", store.name()),
                Map.entry("storePhone", phone),
                Map.entry("expiresOn", facts.expiresOn()),
                Map.entry("link", facts.link()),
                Map.entry("unsubscribeLink", facts.unsubscribeLink()),
                // fixed like the opt-out: no store's wording can drop the way to its privacy notice
                Map.entry("privacyLink", privacyLink(csi, store.id(), language))));
        if (logoSrc != null) {
            variables.put("logoSrc", logoSrc);
        }
        var body = templates.render("invitation", language, variables);
        return new Rendered(filled.subject(), body, Optional.ofNullable(inline));
    }

    /** The store's privacy notice in the owner's language, as every mail to an owner links it. */
    public static String privacyLink(CsiProperties csi, UUID storeId, Language language) {
        return csi.link(PrivacyNotices.path(storeId)) + "?lang=" + language.tag();
    }
}
