package com.dealercsi.digest.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.StaffMailer;
import com.dealercsi.shared.mail.StaffNotice;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes one reader's digest in their language: each section that had something to say when the week was claimed,
 * in order, every line a link where it has a path, and a footer saying why they get it and where to turn it off.
 */
@Component
class DigestMailer {

    private static final int STORES_NAMED = 3;

    private final DigestRecipients recipients;
    private final StaffMailer staffMailer;
    private final JdbcTemplate jdbc;
    private final CsiProperties csi;

    DigestMailer(DigestRecipients recipients, StaffMailer staffMailer, JdbcTemplate jdbc, CsiProperties csi) {
        this.recipients = recipients;
        this.staffMailer = staffMailer;
        this.jdbc = jdbc;
        this.csi = csi;
    }

    /** Once per reader and week: the sent-log key is (staff, Monday). */
    @ApplicationModuleListener
    void on(DigestDue due) {
        if (alreadySent(due)) {
            return;
        }
        // someone who left, lost their stores or turned the digest off after the claim gets nothing
        var found = recipients.find(due.staffId());
        if (found.isEmpty()) {
            return;
        }
        var recipient = found.get();
        var account = recipient.account();
        var notice = new StaffNotice(
                MailPurpose.DIGEST,
                "digest",
                "digest.mail.subject",
                "digest_mail_sent",
                Map.of("staff_id", account.id(), "monday", due.weekMonday()));
        staffMailer.sendOnce(notice, account.email(), account.language(), wording -> {
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(wording.locale());
            var week = wording.text(
                    "digest.mail.week",
                    dates.format(due.weekMonday()),
                    dates.format(due.weekMonday().plusDays(6)));
            var stores = storesLabel(recipient.audience().stores(), wording);
            var variables = new HashMap<String, Object>();
            variables.put("week", week);
            variables.put("stores", stores);
            variables.put("sections", due.sections().stream().map(this::section).toList());
            variables.put("accountLink", csi.link("/account"));
            return new StaffMailer.Content(variables, week, stores);
        });
    }

    private boolean alreadySent(DigestDue due) {
        Integer sent = jdbc.queryForObject(
                "select count(*) from digest_mail_sent where staff_id = ? and monday = ?",
                Integer.class,
                due.staffId(),
                due.weekMonday());
        return sent != null && sent > 0;
    }

    private Map<String, Object> section(DigestBlock block) {
        var lines = block.lines().stream()
                .map(line -> {
                    var values = new LinkedHashMap<String, @Nullable Object>();
                    values.put("text", line.text());
                    values.put("link", link(line.path()));
                    return values;
                })
                .toList();
        return Map.of("heading", block.heading(), "lines", lines);
    }

    /** Only a path of this app becomes a link; anything else (another host, a script) stays text. */
    private @Nullable String link(@Nullable String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        return csi.link(path);
    }

    private static String storesLabel(List<StoreRef> stores, StaffMailer.Wording wording) {
        if (stores.size() <= STORES_NAMED) {
            return String.join(", ", stores.stream().map(StoreRef::name).toList());
        }
        return wording.text("digest.mail.stores", stores.size());
    }
}
