package com.dealercsi.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Keeps a few SMTP connections open between mails. Spring's sender opens a connection per mail (TCP, greeting,
 * EHLO, perhaps TLS and login, then QUIT); sending thousands of invitations then spends more time greeting the
 * server than handing it mail. A connection is reused for a number of mails, checked with a NOOP when it has
 * been idle, and closed after any failure, so a broken one is never handed out twice. Failures come out as
 * Spring's {@link MailSendException} with the server's exception inside, as from Spring's sender, so
 * {@link SmtpFailure} tells permanent from temporary refusals the same way.
 */
final class SmtpConnections implements AutoCloseable {

    private static final long CHECK_WHEN_IDLE_FOR_NANOS = Duration.ofSeconds(5).toNanos();

    private final JavaMailSenderImpl sender;
    private final int kept;
    private final int mailsPerConnection;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

    SmtpConnections(JavaMailSenderImpl sender, int kept, int mailsPerConnection) {
        this.sender = sender;
        this.kept = kept;
        this.mailsPerConnection = mailsPerConnection;
    }

    void send(MimeMessage message) {
        Connection connection = null;
        try {
            connection = take();
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            connection.transport().sendMessage(message, message.getAllRecipients());
            giveBack(connection.used(System.nanoTime()));
        } catch (MessagingException e) {
            if (connection != null) {
                close(connection);
            }
            throw new MailSendException(Map.of(message, e));
        } catch (RuntimeException e) {
            if (connection != null) {
                close(connection);
            }
            throw e;
        }
    }

    private Connection take() throws MessagingException {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            // technical time, not the business clock: how long the server may have been left alone
            if (System.nanoTime() - connection.lastUsedNanos() < CHECK_WHEN_IDLE_FOR_NANOS
                    || connection.transport().isConnected()) {
                return connection;
            }
            close(connection);
        }
        var transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        return new Connection(transport, 0, System.nanoTime());
    }

    private void giveBack(Connection connection) {
        if (connection.mails() >= mailsPerConnection || idle.size() >= kept || !idle.offerFirst(connection)) {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.transport().close();
        } catch (MessagingException | RuntimeException e) {
            // the server went away first: nothing left to close
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            close(connection);
        }
    }

    private record Connection(Transport transport, int mails, long lastUsedNanos) {

        Connection used(long nanos) {
            return new Connection(transport, mails + 1, nanos);
        }
    }
}
