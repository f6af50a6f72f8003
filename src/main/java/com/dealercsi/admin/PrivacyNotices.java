package com.dealercsi.admin;

import com.dealercsi.admin.internal.Store;
import com.dealercsi.admin.internal.StoreRepository;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.shared.Language;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each store's privacy notice in both languages (PIPL; ADR 0053): the store's own text where an administrator
 * wrote one, the default text otherwise. Anyone may read a notice, since owners open it from the survey and their
 * mails without an account; only administrators may change one, and every change is audited.
 */
@Service
@Transactional
public class PrivacyNotices {

    /** Long enough for a full notice, short enough that nobody pastes a whole handbook into a phone page. */
    public static final int MAX_LENGTH = 8000;

    private static final String RETENTION = "csi.privacy.retention";
    private static final Period DEFAULT_RETENTION = Period.ofMonths(24);

    private final JdbcTemplate jdbc;
    private final StoreRepository stores;
    private final DefaultPrivacyNotice defaults;
    private final Clock clock;
    private final AuditTrail audit;

    PrivacyNotices(
            JdbcTemplate jdbc,
            StoreRepository stores,
            MessageSource messages,
            Environment environment,
            Clock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.defaults = new DefaultPrivacyNotice(messages, retention(environment));
        this.clock = clock;
        this.audit = audit;
    }

    /** The page's address for a store, as the survey, the owner's pages and every owner mail link to it. */
    public static String path(UUID storeId) {
        return "/privacy/" + storeId;
    }

    /** A store's notice as shown to owners and to the editor. */
    public record Notice(
            StoreRef store,
            Language language,
            String text,
            boolean custom,
            @Nullable Instant savedAt,
            @Nullable String savedBy) {

        /** Paragraphs are separated by an empty line; a single line break stays inside its paragraph. */
        public List<String> paragraphs() {
            return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(paragraph -> !paragraph.isEmpty())
                    .toList();
        }
    }

    /** The notice behind a link: the store's id as the mails write it, or its code typed by hand. */
    @Transactional(readOnly = true)
    public Optional<Notice> find(String storeIdOrCode, Language language) {
        return store(storeIdOrCode).map(store -> of(store.toRef(), language));
    }

    @Transactional(readOnly = true)
    public Notice of(UUID storeId, Language language) {
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        return of(store.toRef(), language);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StoreRef> editableStores() {
        return stores.findAll().stream()
                .map(Store::toRef)
                .sorted(java.util.Comparator.comparing(StoreRef::code))
                .toList();
    }

    /** The store's own text from now on, in this language. */
    @PreAuthorize("hasRole('ADMIN')")
    public void save(UUID storeId, Language language, String text) {
        var body = text.strip();
        if (body.isEmpty()) {
            throw new AdministrationRejected("notice.edit.required");
        }
        if (body.length() > MAX_LENGTH) {
            throw new AdministrationRejected("notice.edit.tooLong");
        }
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        jdbc.update(
                "insert into privacy_notice (store_id, language, body, updated_at, updated_by) values (?, ?, ?, ?, ?)"
                        + " on duplicate key update body = values(body), updated_at = values(updated_at),"
                        + " updated_by = values(updated_by)",
                storeId.toString(),
                language.name(),
                body,
                Timestamp.from(clock.instant()),
                signedIn());
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.privacyNotice",
                Map.of(
                        "code",
                        store.toRef().code(),
                        "language",
                        language.tag(),
                        "characters",
                        Integer.toString(body.length())));
    }

    /** Back to the default text in this language. */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(UUID storeId, Language language) {
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        jdbc.update(
                "delete from privacy_notice where store_id = ? and language = ?", storeId.toString(), language.name());
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.privacyNoticeReset",
                Map.of("code", store.toRef().code(), "language", language.tag()));
    }

    private Notice of(StoreRef store, Language language) {
        return jdbc
                .query(
                        "select body, updated_at, updated_by from privacy_notice where store_id = ? and language = ?",
                        (rs, i) -> new Notice(
                                store,
                                language,
                                rs.getString(1),
                                true,
                                rs.getTimestamp(2).toInstant(),
                                rs.getString(3)),
                        store.id().toString(),
                        language.name())
                .stream()
                .findFirst()
                .orElseGet(() -> new Notice(store, language, defaults.text(store, language), false, null, null));
    }

    private Optional<Store> store(String storeIdOrCode) {
        try {
            return stores.findById(UUID.fromString(storeIdOrCode));
        } catch (IllegalArgumentException notAnId) {
            return stores.findByCode(storeIdOrCode.strip());
        }
    }

    private static String signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM : authentication.getName();
    }

    /** The retention period the privacy feature applies (its setting, when present), so the notice says the truth. */
    private static Period retention(Environment environment) {
        var value = environment.getProperty(RETENTION);
        return value == null || value.isBlank() ? DEFAULT_RETENTION : PeriodStyle.detectAndParse(value.strip());
    }
}
