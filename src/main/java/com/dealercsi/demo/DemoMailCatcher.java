package com.dealercsi.demo;

import com.dealercsi.shared.StartupProblem;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the demo app (GreenMail, the same as the tests use), so every mail the app sends
 * can be read on the Mailbox page without any mail setup.
 */
@Component
@Profile("demo")
public class DemoMailCatcher implements SmartLifecycle {

    private final GreenMail greenMail;
    private final int port;
    private volatile boolean running;

    DemoMailCatcher(DemoProperties properties) {
        this.port = properties.smtpPort();
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void start() {
        // GreenMail's own failure is a stack trace from its server thread; a store trying the demo needs the setting
        try (var probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new StartupProblem(
                    "The demo's mail catcher cannot listen on port " + port + ": another program already uses it.",
                    "Stop the program that uses port " + port
                            + ", or give the mail catcher another port with --csi.demo.smtp-port=<port>.",
                    taken);
        }
        greenMail.start();
        running = true;
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, so mails sent during start-up are caught too. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    public List<MimeMessage> newestFirst() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .sorted(Comparator.comparing(DemoMailCatcher::sentDate).reversed())
                .toList();
    }

    /**
     * Deletes every caught mail the test says yes to, e.g. every mail to or about an owner whose data is erased
     * (ADR 0050).
     *
     * @return how many were deleted
     */
    public int deleteWhere(Predicate<MimeMessage> test) {
        int deleted = 0;
        try {
            for (var folder :
                    greenMail.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
                var found = false;
                for (var stored : folder.getMessages()) {
                    if (test.test(stored.getMimeMessage())) {
                        folder.setFlags(new Flags(Flags.Flag.DELETED), true, stored.getUid(), null, false);
                        found = true;
                        deleted++;
                    }
                }
                if (found) {
                    folder.expunge();
                }
            }
        } catch (FolderException e) {
            throw new IllegalStateException("Could not delete mails from the demo's mail catcher", e);
        }
        return deleted;
    }

    private static java.util.Date sentDate(MimeMessage message) {
        try {
            var date = message.getSentDate();
            return date == null ? new java.util.Date(0) : date;
        } catch (jakarta.mail.MessagingException e) {
            return new java.util.Date(0);
        }
    }
}
