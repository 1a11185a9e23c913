package nl.uitzicht.identityprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.IdentityLinks;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.IssuerRefused;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Testing and saving a region's provider against a real HTTP server that serves discovery
 * documents (on 127.0.0.1: local issuers are allowed in this test configuration; {@link
 * ProductionOutboundRulesTest} proves that production refuses them).
 */
@TenantAdminTest
@WithRole(system = true)
class IdentityProviderSetupTest {

    @Autowired
    IdentityProviderSetup setup;

    @Autowired
    IdentityProviderSettings settings;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    FreshDatabase db;

    @Autowired
    IdentityLinks links;

    @Autowired
    AccountDirectory accounts;

    private HttpServer server;
    private String base;
    private static int counter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve(
                "/good",
                "{\"issuer\":\"" + base + "/good\",\"authorization_endpoint\":\"" + base + "/good/auth\","
                        + "\"token_endpoint\":\"" + base + "/good/token\",\"jwks_uri\":\"" + base + "/good/jwks\","
                        + "\"response_types_supported\":[\"code\"],\"claims_supported\":[\"sub\",\"email\",\"nlEduPersonHomeOrganizationId\"]}");
        serve(
                "/other",
                "{\"issuer\":\"https://elsewhere.example\",\"authorization_endpoint\":\"a\",\"token_endpoint\":\"t\",\"jwks_uri\":\"j\"}");
        serve("/partial", "{\"issuer\":\"" + base + "/partial\",\"authorization_endpoint\":\"a\"}");
        serve("/html", "<html>login</html>");
        serve("/second", discoveryDocument(base + "/second", base + "/second/token"));
        serve("/leaky", discoveryDocument(base + "/leaky", "https://collector.example/token"));
        serve("/huge", "{\"issuer\":\"" + base + "/huge\",\"padding\":\"" + "x".repeat(600 * 1024) + "\"}");
        server.createContext("/moved/.well-known/openid-configuration", exchange -> {
            movedRequests++;
            exchange.getResponseHeaders().add("Location", base + "/good/.well-known/openid-configuration");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    private int movedRequests;

    private static String discoveryDocument(String issuer, String tokenEndpoint) {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                + "\"token_endpoint\":\"" + tokenEndpoint + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"]}";
    }

    private void serve(String issuerPath, String body) {
        server.createContext(issuerPath + "/.well-known/openid-configuration", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theDiscoveryDocumentIsFetchedAndChecked() {
        assertThat(setup.test(base + "/good", "email").ok()).isTrue();
        assertThat(setup.test(base + "/good", "mail").warnings()).containsExactly("admin.idp.warning.claim");
        assertThat(setup.test(base + "/other", "email").problemKey()).isEqualTo("admin.idp.error.issuer");
        assertThat(setup.test(base + "/partial", "email").problemKey()).isEqualTo("admin.idp.error.missing");
        assertThat(setup.test(base + "/html", "email").problemKey()).isEqualTo("admin.idp.error.notJson");
        assertThat(setup.test(base + "/missing", "email").problemKey()).isEqualTo("admin.idp.error.status");
        assertThat(setup.test("niet een url", "email").problemKey()).isEqualTo("admin.idp.error.url");
    }

    @Test
    void onlyATestedProviderIsSavedAndItsSecretIsEncrypted() {
        UUID region = provisioning
                .provision("PO510" + (++counter), "SWV idp", Sector.PO)
                .getId();
        TenantContext.runAs(region, () -> {
            assertThat(setup.save(base + "/other", "uitzicht", "s3cret-value", "email", null)
                            .ok())
                    .isFalse();
            assertThat(setup.current()).isEmpty();
            assertThat(setup.save(base + "/good", "uitzicht", "", "email", null).problemKey())
                    .isEqualTo("admin.idp.error.secret");
            assertThat(setup.save(base + "/good", "uitzicht", "s3cret-value", "email", "nlEduPersonHomeOrganizationId")
                            .ok())
                    .isTrue();
            assertThat(setup.current()).get().satisfies(c -> {
                assertThat(c.clientId()).isEqualTo("uitzicht");
                assertThat(c.brinClaim()).isEqualTo("nlEduPersonHomeOrganizationId");
            });
            assertThat(setup.save(base + "/good", "uitzicht-2", null, "email", null)
                            .ok())
                    .as("an empty secret keeps the stored one")
                    .isTrue();
        });
        assertThat(db.ownerQuery("select client_secret_encrypted from region_identity_provider where region_id = '"
                        + region + "'"))
                .singleElement()
                .asString()
                .doesNotContain("s3cret");
        assertThat(settings.forRegionCode("PO510" + counter)).get().satisfies(s -> {
            assertThat(s.clientSecret()).isEqualTo("s3cret-value");
            assertThat(s.clientId()).isEqualTo("uitzicht-2");
        });
    }

    @Test
    void aRedirectIsRefusedNotFollowedEvenWhereLocalIssuersAreAllowed() {
        DiscoveryCheck check = setup.test(base + "/moved", "email");
        assertThat(check.problemKey()).isEqualTo("admin.idp.error.redirect");
        assertThat(movedRequests).as("asked once, the redirect target never").isEqualTo(1);
    }

    @Test
    void theTokenEndpointMustBeOnTheIssuersOrigin() {
        assertThat(setup.test(base + "/leaky", "email").problemKey()).isEqualTo("admin.idp.error.tokenOrigin");
        assertThat(setup.test(base + "/second", "email").ok()).isTrue();
    }

    @Test
    void anOversizedAnswerIsRefused() {
        assertThat(setup.test(base + "/huge", "email").problemKey()).isEqualTo("admin.idp.error.tooLarge");
    }

    @Test
    void linkLocalAndMetadataAddressesStayRefusedEvenWhereLocalIssuersAreAllowed() {
        assertThat(setup.test("http://169.254.169.254", "email").problemKey()).isEqualTo("admin.idp.error.address");
        assertThat(setup.test("http://[fe80::1]", "email").problemKey()).isEqualTo("admin.idp.error.address");
        assertThat(setup.test("http://0.0.0.0:" + server.getAddress().getPort() + "/good", "email")
                        .problemKey())
                .isEqualTo("admin.idp.error.address");
        assertThat(setup.test("http://100.64.0.1", "email").problemKey()).isEqualTo("admin.idp.error.address");
    }

    @Test
    void noTwoRegionsShareAnIssuer() {
        UUID first = provisioning
                .provision("PO511" + (++counter), "SWV eerste", Sector.PO)
                .getId();
        UUID second = provisioning
                .provision("PO512" + counter, "SWV tweede", Sector.PO)
                .getId();
        TenantContext.runAs(
                first,
                () -> assertThat(setup.save(base + "/good", "uitzicht", "geheim-1", "email", null)
                                .ok())
                        .isTrue());
        TenantContext.runAs(second, () -> {
            assertThat(setup.save(base + "/good", "uitzicht", "geheim-2", "email", null)
                            .problemKey())
                    .isEqualTo("admin.idp.error.issuerTaken");
            assertThat(setup.save(base + "/good/", "uitzicht", "geheim-2", "email", null)
                            .problemKey())
                    .as("a trailing slash is the same issuer")
                    .isEqualTo("admin.idp.error.issuerTaken");
            assertThat(setup.current()).isEmpty();
        });
        assertThatThrownBy(() -> settings.configure(second, base + "/GOOD", "x", "y", "email", null))
                .as("also below the screen")
                .isInstanceOf(IssuerRefused.class)
                .hasMessage("admin.idp.error.issuerTaken");
        assertThat(db.ownerQuery("select count(*) from region_identity_provider where region_id = '" + second + "'"))
                .containsExactly("0");
    }

    @Test
    void theStoredSecretIsOnlyKeptForTheIssuerItWasStoredWith() {
        UUID region = provisioning
                .provision("PO513" + (++counter), "SWV geheim", Sector.PO)
                .getId();
        UUID account = accounts.findOrCreateWithoutPassword("gekoppeld" + counter + "@example.nl", "Gekoppeld")
                .id();
        TenantContext.runAs(region, () -> {
            assertThat(setup.save(base + "/good", "uitzicht", "geheim-goed", "email", null)
                            .ok())
                    .isTrue();
            links.link(account, region, base + "/good", "sub-gekoppeld");
            assertThat(setup.save(base + "/second", "uitzicht", "", "email", null)
                            .problemKey())
                    .as("another issuer without entering the secret again")
                    .isEqualTo("admin.idp.error.secretForIssuer");
            assertThat(setup.current()).get().extracting(c -> c.issuerUri()).isEqualTo(base + "/good");
            assertThatThrownBy(
                            () -> settings.configureKeepingSecret(region, base + "/second", "uitzicht", "email", null))
                    .isInstanceOf(IssuerRefused.class)
                    .hasMessage("admin.idp.error.secretForIssuer");
            assertThat(links.accountFor(region, base + "/good", "sub-gekoppeld"))
                    .contains(account);

            assertThat(setup.save(base + "/second", "uitzicht", "geheim-tweede", "email", null)
                            .ok())
                    .as("with the secret entered again")
                    .isTrue();
        });
        assertThat(settings.forRegionCode("PO513" + counter)).get().satisfies(s -> {
            assertThat(s.issuerUri()).isEqualTo(base + "/second");
            assertThat(s.clientSecret()).isEqualTo("geheim-tweede");
        });
        assertThat(links.accountFor(region, base + "/good", "sub-gekoppeld"))
                .as("the old issuer's subjects are no longer linked")
                .isEmpty();
    }
}
