package nl.uitzicht.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jspecify.annotations.Nullable;

/**
 * The tests' identity provider: one mock-oauth2-server per test JVM on http://localhost (allowed by
 * {@code uitzicht.oidc.allow-local-issuers} in {@link nl.uitzicht.AppTest}), started on first use
 * and stopped when the JVM ends. Each test class uses issuer ids of its own
 * ({@code issuerUrl("my-test")}), so they share the server, and the shared application context's
 * cached issuer metadata stays valid across classes.
 */
public final class TestOidcServer {

    private static @Nullable MockOAuth2Server server;

    private TestOidcServer() {}

    public static synchronized MockOAuth2Server shared() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "stop-test-oidc-server"));
            server = started;
        }
        return server;
    }
}
