package nl.uitzicht.identityprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitzicht.outbound.OutboundAddresses;
import org.junit.jupiter.api.Test;

/** "Verbinding testen": what the administrator is told about a provider whose document was read. */
class IdentityProviderSetupRulesTest {

    private static IdentityProviderSetup setupFinding(ProviderMetadata metadata) {
        ProviderDiscovery discovery = new ProviderDiscovery(null, new OutboundAddresses(false)) {
            @Override
            public ProviderMetadata discover(String issuerUrl) {
                return metadata;
            }
        };
        return new IdentityProviderSetup(null, discovery);
    }

    private static ProviderMetadata metadata(List<String> claims, List<String> responseTypes) {
        return new ProviderMetadata(
                "https://idp.example.nl",
                "https://idp.example.nl/auth",
                "https://idp.example.nl/token",
                "https://idp.example.nl/certs",
                null,
                claims,
                responseTypes);
    }

    @Test
    void aProviderWithTheEmailClaimAndTheCodeFlowIsFine() {
        DiscoveryCheck check = setupFinding(metadata(List.of("email"), List.of("code", "id_token")))
                .test("x", " email ");
        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.tokenEndpoint()).isEqualTo("https://idp.example.nl/token");
    }

    @Test
    void anUnannouncedEmailClaimIsAWarningNotAnError() {
        DiscoveryCheck check =
                setupFinding(metadata(List.of("mail"), List.of())).test("x", "email");
        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).containsExactly("admin.idp.warning.claim");
        assertThat(setupFinding(metadata(List.of(), List.of()))
                        .test("x", "email")
                        .warnings())
                .as("no claims announced: nothing to warn about")
                .isEmpty();
    }

    @Test
    void aProviderWithoutTheCodeFlowIsRefused() {
        DiscoveryCheck check =
                setupFinding(metadata(List.of(), List.of("id_token", "token"))).test("x", "email");
        assertThat(check.ok()).isFalse();
        assertThat(check.problemKey()).isEqualTo("admin.idp.error.code");
    }

    @Test
    void aDiscoveryProblemIsPassedOnWithItsParameters() {
        ProviderDiscovery failing = new ProviderDiscovery(null, new OutboundAddresses(false)) {
            @Override
            public ProviderMetadata discover(String issuerUrl) {
                throw new DiscoveryProblem("admin.idp.error.status", issuerUrl, "500");
            }
        };
        DiscoveryCheck check = new IdentityProviderSetup(null, failing).test("https://idp.example.nl", "email");
        assertThat(check.ok()).isFalse();
        assertThat(check.problemKey()).isEqualTo("admin.idp.error.status");
        assertThat(check.params()).containsExactly("https://idp.example.nl", "500");
        assertThat(check.authorizationEndpoint()).isNull();
    }
}
