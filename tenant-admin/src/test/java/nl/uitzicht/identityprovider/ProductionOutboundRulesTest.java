package nl.uitzicht.identityprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import nl.uitzicht.outbound.OutboundAddresses;
import nl.uitzicht.outbound.OutboundHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Verbinding testen" with the production setting ({@code uitzicht.oidc.allow-local-issuers}
 * off, the default): the real discovery client refuses plain http and every loopback, private,
 * link-local, carrier-grade NAT and unspecified address, also a host name that resolves to
 * loopback, before any connection is made: a listening socket on this machine sees no connection.
 * (Refused addresses other than loopback are literals: nothing is ever sent to them.)
 */
class ProductionOutboundRulesTest {

    private final OutboundAddresses production = new OutboundAddresses(false);
    private final ProviderDiscovery discovery = new ProviderDiscovery(new OutboundHttp(production), production);

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    private String problem(String issuer) {
        return catchThrowableOfType(DiscoveryProblem.class, () -> discovery.discover(issuer))
                .messageKey();
    }

    @Test
    void internalAddressesAreRefusedBeforeAnyConnection() {
        int port = listener.getLocalPort();
        assertThat(problem("https://127.0.0.1:" + port)).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://localhost:" + port))
                .as("a name that resolves to loopback")
                .isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[::1]:" + port)).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[::ffff:127.0.0.1]:" + port))
                .as("IPv4-mapped loopback")
                .isEqualTo("admin.idp.error.address");
        assertThat(problem("https://10.0.0.1")).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://172.16.5.4")).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://192.168.1.1")).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://169.254.169.254")).as("cloud metadata").isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[64:ff9b::a9fe:a9fe]"))
                .as("metadata behind NAT64")
                .isEqualTo("admin.idp.error.address");
        assertThat(problem("https://0.0.0.0:" + port)).isEqualTo("admin.idp.error.address");
        assertThat(problem("https://100.64.0.1")).as("carrier-grade NAT").isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[fc00::1]")).as("unique local").isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[fd12:3456::1]")).as("unique local").isEqualTo("admin.idp.error.address");
        assertThat(problem("https://[fe80::1]")).as("link-local").isEqualTo("admin.idp.error.address");
        assertThat(connections).as("no connection was attempted").hasValue(0);
    }

    @Test
    void onlyAbsoluteHttpsUrlsAreAccepted() {
        int port = listener.getLocalPort();
        assertThat(problem("http://localhost:" + port)).as("https only").isEqualTo("admin.idp.error.url");
        assertThat(problem("http://login.example.com")).isEqualTo("admin.idp.error.url");
        assertThat(problem("niet een url")).isEqualTo("admin.idp.error.url");
        assertThat(problem("https://gebruiker@login.example.com"))
                .as("no user info")
                .isEqualTo("admin.idp.error.url");
        assertThat(problem("https://2130706433")).as("a number is no host").isEqualTo("admin.idp.error.url");
        assertThat(problem("https://login.example.com/?next=x")).isEqualTo("admin.idp.error.url");
        assertThat(connections).hasValue(0);
    }
}
