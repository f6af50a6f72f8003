package com.dealercsi.privacy;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.privacy.internal.AccessFileWriter;
import com.dealercsi.privacy.internal.RecordText;
import com.dealercsi.shared.privacy.OwnerQuery;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner's copy of their data (PIPL Art. 45), from the owner search: the same search again, in the user's
 * stores, written as JSON or as a readable page in the owner's language. Each file is audited as an export,
 * with its format and the number of records, never the values.
 */
@Service
public class AccessFiles {

    /** The two forms of the file: one for machines, one for people. */
    public enum Format {
        JSON("application/json", "json"),
        HTML("text/html;charset=UTF-8", "html");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        /** Names no one: the file may be mailed or stored where its name shows. */
        public String fileName(LocalDate day) {
            return "personal-data-" + day + "." + extension;
        }
    }

    private final OwnerSearch search;
    private final MessageSource messages;
    private final Clock clock;

    AccessFiles(OwnerSearch search, MessageSource messages, Clock clock) {
        this.search = search;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes the owner's file; returns how many records it holds (0 when the query finds nobody). */
    @PreAuthorize(OwnerSearch.WHO)
    @Transactional(readOnly = true)
    public int write(OwnerQuery query, Format format, OutputStream out) {
        var found = search.find(query);
        var writer =
                new AccessFileWriter(new RecordText(messages, found.language().locale()), clock.instant());
        switch (format) {
            case JSON -> writer.json(found, out);
            case HTML -> writer.html(found, out);
        }
        search.audit(
                found,
                AuditAction.EXPORT,
                "audit.subject.accessFile",
                Map.of(
                        "format",
                        format.name().toLowerCase(java.util.Locale.ROOT),
                        "rows",
                        Integer.toString(found.records())));
        return found.records();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
