package nl.uitzicht.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound client against a real local HTTP server (local addresses allowed here, as in the
 * tests' configuration): chunked and fixed-length answers, a POST body, and the limits: a redirect
 * is refused and its target never asked, an answer over the size limit is refused, also chunked.
 */
class OutboundHttpTest {

    private final OutboundHttp http = new OutboundHttp(new OutboundAddresses(true));
    private HttpServer server;
    private String base;
    private final AtomicInteger targetAsked = new AtomicInteger();
    private final AtomicReference<String> posted = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(("regel " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(block);
                }
            } catch (IOException clientGaveUp) {
                // expected: the client stops reading at the limit
            }
        });
        server.createContext("/token", exchange -> {
            posted.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", base + "/target");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            targetAsked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsChunkedAndFixedLengthAnswersAndSendsABody() throws IOException {
        OutboundHttp.Response chunked = http.get(base + "/chunked", Map.of());
        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.text()).startsWith("regel 0\n").endsWith("regel 99\n");

        OutboundHttp.Response token = http.exchange(
                "POST",
                base + "/token",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                "grant_type=authorization_code&code=abc".getBytes(StandardCharsets.UTF_8));
        assertThat(token.text()).isEqualTo("{\"ok\":true}");
        assertThat(posted.get()).isEqualTo("grant_type=authorization_code&code=abc");
    }

    @Test
    void aRedirectIsRefusedAndNotFollowed() {
        OutboundRefused refused = catchThrowableOfType(
                OutboundRefused.class,
                () -> http.exchange("POST", base + "/moved", Map.of(), "secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.reason()).isEqualTo(OutboundRefused.Reason.REDIRECT);
        assertThat(targetAsked).hasValue(0);
    }

    @Test
    void anAnswerOverTheLimitIsRefused() {
        OutboundRefused refused =
                catchThrowableOfType(OutboundRefused.class, () -> http.get(base + "/endless", Map.of()));
        assertThat(refused.reason()).isEqualTo(OutboundRefused.Reason.TOO_LARGE);
    }

    @Test
    void aHeaderCannotSmuggleLines() {
        OutboundRefused refused = catchThrowableOfType(
                OutboundRefused.class,
                () -> http.get(base + "/chunked", Map.of("X-Test", List.of("a\r\nHost: elders.example"))));
        assertThat(refused.reason()).isEqualTo(OutboundRefused.Reason.URL);
    }
}
