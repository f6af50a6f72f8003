package com.dealercsi.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server that answers every recipient with one fixed reply, e.g. {@code 550 5.1.1 unknown user}
 * or {@code 451 4.3.0 try again later}. GreenMail accepts every address and has no way to refuse one, so tests
 * of refused mail stop GreenMail and put this on its port for a while. Mail is never accepted.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final AtomicInteger refusals = new AtomicInteger();
    private final Thread acceptor;

    private RefusingSmtpServer(int port, String rcptReply) throws IOException {
        this.rcptReply = rcptReply;
        this.socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    /** Takes the shared test mail server's port; call {@link TestMailServer#stop()} first. */
    public static RefusingSmtpServer onTestMailPort(String rcptReply) {
        try {
            return new RefusingSmtpServer(TestMailServer.port(), rcptReply);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many recipients were refused so far. */
    public int refusals() {
        return refusals.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                var out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 refusing.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                    case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> {
                        refusals.incrementAndGet();
                        reply(out, rcptReply);
                    }
                    case "DATA" -> reply(out, "554 5.5.1 No valid recipients");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client hung up
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(2000);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
