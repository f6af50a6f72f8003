package com.dealercsi.recovery.internal;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.mail.MailSendException;

/**
 * Tells a refusal for good (an SMTP 5xx reply such as "550 unknown user") from a failure worth retrying (4xx
 * replies, a server that is down). Only the server's own reply code counts; anything without one is taken as
 * temporary. The same rule as the invitation module's (internal there), so both give up on the same addresses.
 */
final class PermanentSmtpFailure {

    private PermanentSmtpFailure() {
    }

    static Optional<String> of(Throwable failure) {
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
                todo.addAll(Arrays.asList(send.getMessageExceptions()));
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

    /** Angus Mail's SMTP exceptions carry the reply code; read by name, Angus is only on the runtime class path. */
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
