package com.dealercsi.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a port chosen at start. Tests can stop and
 * start it to play an outage; it comes back on the same port.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMailServer() {}

    public static int port() {
        return PORT;
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    public static synchronized void purge() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    public static synchronized List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(sentTo(address)).toList();
    }

    /** Waits until {@code count} mails have reached {@code address}, and returns them. */
    public static List<MimeMessage> awaitMails(String address, int count, Duration timeout) {
        Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> receivedBy(address).size() >= count);
        return receivedBy(address);
    }

    private static Predicate<MimeMessage> sentTo(String address) {
        return message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        };
    }

    private static GreenMail start() {
        var greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
