package com.dealercsi.shared.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a rendered mail over SMTP. It throws when the server refuses or is down; callers run inside an
 * event listener of the outbox, so a failure leaves the publication incomplete and it is retried later. Every mail
 * is counted here, once for all features, as {@code csi.mails.sent} or {@code csi.mails.failed} by its purpose.
 */
@Component
public class Mailer implements DisposableBean {

    private final JavaMailSender sender;
    private final MailSenderProperties properties;
    private final @Nullable SmtpConnections connections;
    private final Map<MailPurpose, Counter> sent = new EnumMap<>(MailPurpose.class);
    private final Map<MailPurpose, Counter> failed = new EnumMap<>(MailPurpose.class);

    Mailer(JavaMailSender sender, MailSenderProperties properties, MeterRegistry meters) {
        this.sender = sender;
        this.properties = properties;
        for (var purpose : MailPurpose.values()) {
            sent.put(
                    purpose,
                    Counter.builder("csi.mails.sent")
                            .tag("kind", purpose.tag())
                            .description("Mails the SMTP server accepted")
                            .register(meters));
            failed.put(
                    purpose,
                    Counter.builder("csi.mails.failed")
                            .tag("kind", purpose.tag())
                            .description("Mails that could not be built or that the SMTP server refused or never took")
                            .register(meters));
        }
        this.connections = sender instanceof JavaMailSenderImpl smtp && properties.keptConnections() > 0
                ? new SmtpConnections(smtp, properties.keptConnections(), properties.mailsPerConnection())
                : null;
    }

    public void send(MailPurpose purpose, OutgoingMail mail) {
        try {
            transmit(mail);
        } catch (MailException e) {
            failed.get(purpose).increment();
            // callers rethrow it into the outbox, whose failure logs print the message: no addresses in it
            throw SmtpFailure.redacted(e);
        } catch (RuntimeException e) {
            failed.get(purpose).increment();
            throw e;
        }
        sent.get(purpose).increment();
    }

    private void transmit(OutgoingMail mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // after the text: the inline parts join the HTML in its multipart/related
            for (var image : mail.inlineImages()) {
                helper.addInline(image.contentId(), new ByteArrayResource(image.data()), image.contentType());
            }
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            // the subject may name the owner, so it stays out of the message
            throw new MailSendException("Could not build the mail", e);
        }
        if (connections != null) {
            connections.send(message);
        } else {
            sender.send(message);
        }
    }

    @Override
    public void destroy() {
        if (connections != null) {
            connections.close();
        }
    }

    /**
     * @param from the sender address of every mail
     * @param fromName the name shown beside it
     * @param keptConnections SMTP connections kept open between mails (0: a new one per mail)
     * @param mailsPerConnection mails sent over one connection before it is closed and a new one opened
     */
    @ConfigurationProperties("csi.mail")
    public record MailSenderProperties(
            @DefaultValue("csi@dealer-csi.local") String from,
            @DefaultValue("Dealer CSI") String fromName,
            @DefaultValue("8") int keptConnections,
            @DefaultValue("100") int mailsPerConnection) {}
}
