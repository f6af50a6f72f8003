package com.dealercsi.shared.mail;

import com.dealercsi.shared.Language;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails a {@link StaffNotice} to one member of staff, in their language, exactly once. The sent-log row is
 * written before sending, in the caller's transaction (an outbox listener's): a failed send rolls it back for the
 * outbox's retry; a second delivery of the same notice (the outbox may resubmit one that is still running) waits
 * for the first one's row and then finds it.
 */
@Component
public class StaffMailer {

    private final MailTemplates templates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffMailer(MailTemplates templates, Mailer mailer, MessageSource messages, JdbcTemplate jdbc, Clock clock) {
        this.templates = templates;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param content what the mail says, asked for only when it is sent
     * @return whether it went now; false when the recipient had it already
     */
    public boolean sendOnce(
            StaffNotice notice, String recipientEmail, Language language, Function<Wording, Content> content) {
        var recipient = recipientEmail.toLowerCase(Locale.ROOT);
        var keyValues = new ArrayList<Object>(notice.key().values());
        keyValues.add(recipient);
        // table and column names come from code, never from input
        var where = String.join(" = ? and ", notice.key().keySet())
                + (notice.key().isEmpty() ? "" : " = ? and ") + "recipient = ?";
        Integer sent = jdbc.queryForObject(
                "select count(*) from " + notice.sentLog() + " where " + where, Integer.class, keyValues.toArray());
        if (sent != null && sent > 0) {
            return false;
        }
        var columns = new ArrayList<>(notice.key().keySet());
        columns.addAll(List.of("recipient", "sent_at"));
        keyValues.add(Timestamp.from(clock.instant()));
        jdbc.update(
                "insert into " + notice.sentLog() + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(column -> "?").toList()) + ")",
                keyValues.toArray());

        var locale = language.locale();
        var said = content.apply(new Wording(messages, locale));
        var body = templates.render(notice.template(), language, said.variables());
        var subject = messages.getMessage(notice.subjectKey(), said.subjectArguments(), locale);
        mailer.send(notice.purpose(), new OutgoingMail(List.of(recipientEmail), subject, body));
        return true;
    }

    /** The recipient's language, for the words a notice puts into its template and subject. */
    public record Wording(MessageSource messages, Locale locale) {

        public String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }

    /** The template's variables and the subject's arguments of one notice. */
    public record Content(Map<String, ?> variables, Object... subjectArguments) {}
}
