package com.dealercsi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.OwnerTextTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoMailboxErasureTest {

    static final Set<String> ADDRESSES = Set.of("zhang.wei@example.com");

    @Test
    void a_mail_to_the_owner_or_naming_one_of_their_values_concerns_them() throws Exception {
        var forms = OwnerText.forms(OwnerTextTest.OWNER);

        assertThat(DemoMailboxErasure.concerns(mail("Zhang.Wei@Example.com", "Your visit", "Hello"), ADDRESSES, forms))
                .isTrue();
        assertThat(DemoMailboxErasure.concerns(
                        mail("cs@test.local", "Alert", "Call back on 13912345678"), ADDRESSES, forms))
                .isTrue();
        assertThat(DemoMailboxErasure.concerns(mail("cs@test.local", "Alert · 沪A88888", "x"), ADDRESSES, forms))
                .isTrue();
        assertThat(DemoMailboxErasure.concerns(mail("cs@test.local", "Alert", "Call 李娜 back"), ADDRESSES, forms))
                .isFalse();
    }

    private static MimeMessage mail(String to, String subject, String text) throws Exception {
        var mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        mail.saveChanges();
        return mail;
    }
}
