package nl.uitzicht.identityprovider;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Testing and saving a region's provider against a real HTTP server that serves discovery documents. */
@TenantAdminTest
@WithRole(system = true)
class IdentityProviderSetupTest {

    @Autowired IdentityProviderSetup setup;
    @Autowired IdentityProviderSettings settings;
    @Autowired RegionProvisioning provisioning;
    @Autowired FreshDatabase db;

    private HttpServer server;
    private String base;
    private static int counter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/good", "{\"issuer\":\"" + base + "/good\",\"authorization_endpoint\":\"" + base + "/good/auth\","
                + "\"token_endpoint\":\"" + base + "/good/token\",\"jwks_uri\":\"" + base + "/good/jwks\","
                + "\"response_types_supported\":[\"code\"],\"claims_supported\":[\"sub\",\"email\",\"nlEduPersonHomeOrganizationId\"]}");
        serve("/other", "{\"issuer\":\"https://elsewhere.example\",\"authorization_endpoint\":\"a\",\"token_endpoint\":\"t\",\"jwks_uri\":\"j\"}");
        serve("/partial", "{\"issuer\":\"" + base + "/partial\",\"authorization_endpoint\":\"a\"}");
        serve("/html", "<html>login</html>");
        server.start();
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
        assertThat(setup.test("http://login.example.com", "email").problemKey()).as("https only")
                .isEqualTo("admin.idp.error.url");
        assertThat(setup.test("niet een url", "email").problemKey()).isEqualTo("admin.idp.error.url");
    }

    @Test
    void onlyATestedProviderIsSavedAndItsSecretIsEncrypted() {
        UUID region = provisioning.provision("PO510" + (++counter), "SWV idp", Sector.PO).getId();
        TenantContext.runAs(region, () -> {
            assertThat(setup.save(base + "/other", "uitzicht", "s3cret-value", "email", null).ok()).isFalse();
            assertThat(setup.current()).isEmpty();
            assertThat(setup.save(base + "/good", "uitzicht", "", "email", null).problemKey())
                    .isEqualTo("admin.idp.error.secret");
            assertThat(setup.save(base + "/good", "uitzicht", "s3cret-value", "email",
                    "nlEduPersonHomeOrganizationId").ok()).isTrue();
            assertThat(setup.current()).get().satisfies(c -> {
                assertThat(c.clientId()).isEqualTo("uitzicht");
                assertThat(c.brinClaim()).isEqualTo("nlEduPersonHomeOrganizationId");
            });
            assertThat(setup.save(base + "/good", "uitzicht-2", null, "email", null).ok())
                    .as("an empty secret keeps the stored one").isTrue();
        });
        assertThat(db.ownerQuery("select client_secret_encrypted from region_identity_provider where region_id = '" + region + "'"))
                .singleElement().asString().doesNotContain("s3cret");
        assertThat(settings.forRegionCode("PO510" + counter)).get()
                .satisfies(s -> {
                    assertThat(s.clientSecret()).isEqualTo("s3cret-value");
                    assertThat(s.clientId()).isEqualTo("uitzicht-2");
                });
    }
}
