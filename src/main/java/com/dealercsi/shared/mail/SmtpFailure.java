package com.dealercsi.shared.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Tells a refusal for good (an SMTP 5xx reply such as "550 unknown user") from a failure worth retrying (4xx
 * replies, a server that is down or slow). Only the server's own reply code counts; anything without one is
 * taken as temporary, so no owner is given up on because of a network hiccup. Every mailer that gives up on
 * an address asks this, so all give up on the same ones.
 * <p>
 * Servers quote the recipient in their replies ("550 5.1.1 &lt;owner@example.com&gt;: unknown user"), and Jakarta
 * Mail's exceptions repeat them in their messages, which end up in the log when a listener fails. {@link #redacted}
 * turns a failure into one that says the same without any address (ADR 0053).
 */
public final class SmtpFailure {

    /** Anything shaped like an address: a server may quote it with or without angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+");

    static final String RECIPIENT = "[recipient]";

    private SmtpFailure() {}

    /** The server's permanent reply, if the failure was one; any address in it is left out. */
    public static Optional<String> permanent(Throwable failure) {
        if (failure instanceof Redacted redacted) {
            return Optional.ofNullable(redacted.permanent);
        }
        return permanentAsSaid(failure).map(SmtpFailure::withoutAddresses);
    }

    /** The text with every e-mail address replaced by a placeholder. */
    public static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll(RECIPIENT);
    }

    /**
     * The same failure for callers and the log: its message is every message of the original chain without
     * addresses, it keeps the place it was thrown and whether the server refused for good, and it holds no cause,
     * since a logged cause prints its own message with the address in it.
     */
    public static MailSendException redacted(MailException failure) {
        if (failure instanceof Redacted already) {
            return already;
        }
        var redacted = new Redacted(describe(failure), permanent(failure).orElse(null));
        redacted.setStackTrace(failure.getStackTrace());
        return redacted;
    }

    private static String describe(Throwable failure) {
        var parts = new java.util.ArrayList<String>();
        var seen = new HashSet<Throwable>();
        var todo = new ArrayDeque<Throwable>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            var next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            var message = next.getMessage() == null ? "" : next.getMessage().strip();
            parts.add(next.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + withoutAddresses(message)));
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
        }
        return String.join(" | ", parts);
    }

    /** A failure whose words hold no address; {@code permanent} is the server's refusal for good, if it was one. */
    static final class Redacted extends MailSendException {

        private final @Nullable String permanent;

        Redacted(String message, @Nullable String permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    private static Optional<String> permanentAsSaid(Throwable failure) {
        var seen = new HashSet<Throwable>();
        var todo = new ArrayDeque<Throwable>();
        todo.add(failure);
        String permanent = null;
        while (!todo.isEmpty()) {
            var next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            var code = returnCode(next);
            if (code >= 400 && code < 500) {
                return Optional.empty(); // a temporary reply anywhere wins: try again later
            }
            if (code >= 500 && code < 600 && permanent == null) {
                permanent = code + " " + String.valueOf(next.getMessage()).strip();
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
                todo.addAll(java.util.Arrays.asList(send.getMessageExceptions()));
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
        }
        return Optional.ofNullable(permanent);
    }

    /**
     * The reply code carried by Angus Mail's SMTPAddressFailedException and SMTPSendFailedException. Read by
     * name because Angus Mail is only on the runtime class path (the app compiles against the Jakarta Mail API).
     */
    private static int returnCode(Throwable failure) {
        if (!(failure instanceof MessagingException)) {
            return 0;
        }
        try {
            return failure.getClass().getMethod("getReturnCode").invoke(failure) instanceof Integer code ? code : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }
}
