package com.dealercsi.shared.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.mail.MailSendException;

/**
 * Tells a refusal for good (an SMTP 5xx reply such as "550 unknown user") from a failure worth retrying (4xx
 * replies, a server that is down or slow). Only the server's own reply code counts; anything without one is
 * taken as temporary, so no owner is given up on because of a network hiccup. Every mailer that gives up on
 * an address asks this, so all give up on the same ones.
 */
public final class SmtpFailure {

    private SmtpFailure() {}

    /** The server's permanent reply, if the failure was one. */
    public static Optional<String> permanent(Throwable failure) {
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
