package com.dealercsi.demo.internal;

import com.dealercsi.demo.DemoMailCatcher;
import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's Mailbox keeps every mail the app sent, in memory: an erasure deletes those to the owner's address and
 * those that mention any of their values (alert mails name the owner and their mobile) (ADR 0050).
 */
@Component
@Profile("demo")
class DemoMailboxErasure implements PersonalDataEraser {

    private final DemoMailCatcher catcher;

    DemoMailboxErasure(DemoMailCatcher catcher) {
        this.catcher = catcher;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        var addresses = owner.emails().stream()
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var forms = OwnerText.forms(owner);
        if (addresses.isEmpty() && forms.isEmpty()) {
            return Map.of();
        }
        return Map.of("demo_mailbox", catcher.deleteWhere(mail -> concerns(mail, addresses, forms)));
    }

    static boolean concerns(MimeMessage mail, Set<String> addresses, List<String> forms) {
        try {
            var recipients = mail.getRecipients(Message.RecipientType.TO);
            if (recipients != null) {
                for (var recipient : recipients) {
                    if (recipient instanceof InternetAddress address
                            && addresses.contains(address.getAddress().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
            var subject = mail.getSubject();
            return (subject != null && OwnerText.mentions(subject, forms)) || OwnerText.mentions(text(mail), forms);
        } catch (MessagingException | IOException unreadable) {
            return false;
        }
    }

    /** Every text part, decoded. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return "";
    }
}
