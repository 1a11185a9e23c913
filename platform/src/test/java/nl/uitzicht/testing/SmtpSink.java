package nl.uitzicht.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, that keeps what it receives. Point the app
 * at it with {@link #register}; {@link #stop()} and {@link #start()} make it refuse and accept again.
 */
public final class SmtpSink {

    /** A received mail as plain text. */
    public record Mail(String to, String subject, String body) {}

    private final int port = freePort();
    private GreenMail server;

    public SmtpSink() {
        start();
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public int port() {
        return port;
    }

    /** Points {@code spring.mail.*} at this server, with short bounded waits. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    }

    /** Every mail received so far (since the last {@link #start()}) for {@code address}. */
    public synchronized List<Mail> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .map(SmtpSink::mail)
                .filter(m -> m.to().equalsIgnoreCase(address))
                .toList();
    }

    private static Mail mail(Message message) {
        try {
            return new Mail(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    String.valueOf(message.getContent()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
