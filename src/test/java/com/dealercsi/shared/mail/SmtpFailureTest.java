package com.dealercsi.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpFailureTest {

    @Test
    void an_unknown_user_is_a_permanent_failure_with_the_servers_words() throws Exception {
        var refused = new SMTPAddressFailedException(
                new InternetAddress("gone@example.com"),
                "RCPT TO:<gone@example.com>",
                550,
                "5.1.1 <gone@example.com>: unknown user");
        var failure = new MailSendException("Failed", new SendFailedException("Invalid Addresses", refused));

        assertThat(SmtpFailure.permanent(failure))
                .hasValueSatisfying(reply -> assertThat(reply).startsWith("550").contains("unknown user"));
    }

    @Test
    void a_busy_mailbox_and_an_unreachable_server_are_worth_retrying() throws Exception {
        var busy = new SMTPAddressFailedException(
                new InternetAddress("busy@example.com"), "RCPT TO:<busy@example.com>", 451, "4.3.0 try again later");
        var down = new MailSendException(
                "Mail server connection failed",
                new MessagingException("Could not connect", new ConnectException("Connection refused")));

        assertThat(SmtpFailure.permanent(new MailSendException("Failed", new SendFailedException("x", busy))))
                .isEmpty();
        assertThat(SmtpFailure.permanent(down)).isEmpty();
    }

    @Test
    void a_redacted_failure_says_what_happened_without_the_address_and_still_tells_a_refusal_for_good()
            throws Exception {
        var refused = new SMTPAddressFailedException(
                new InternetAddress("gone@example.com"),
                "RCPT TO:<gone@example.com>",
                550,
                "5.1.1 <gone@example.com>: unknown user");
        var failure = new MailSendException("Failed", new SendFailedException("Invalid Addresses", refused));

        var redacted = SmtpFailure.redacted(failure);

        assertThat(redacted.getMessage())
                .contains("SMTPAddressFailedException", "5.1.1 <[recipient]>: unknown user")
                .doesNotContain("gone@example.com");
        assertThat(redacted.getCause())
                .as("a logged cause would print the address")
                .isNull();
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(SmtpFailure.permanent(redacted))
                .hasValueSatisfying(reply -> assertThat(reply)
                        .startsWith("550")
                        .contains("unknown user")
                        .doesNotContain("gone@example.com"));
        assertThat(SmtpFailure.permanent(SmtpFailure.redacted(new MailSendException(
                        "Failed",
                        new SendFailedException(
                                "x",
                                new SMTPAddressFailedException(
                                        new InternetAddress("busy@example.com"),
                                        "RCPT TO:<busy@example.com>",
                                        451,
                                        "4.3.0 <busy@example.com> try again later"))))))
                .isEmpty();
    }

    @Test
    void addresses_are_left_out_however_a_server_quotes_them() {
        assertThat(SmtpFailure.withoutAddresses("550 <a.b+c@example.com.cn>: no; to x_y@mail.example, (z@q.org)"))
                .isEqualTo("550 <[recipient]>: no; to [recipient], ([recipient])");
    }
}
