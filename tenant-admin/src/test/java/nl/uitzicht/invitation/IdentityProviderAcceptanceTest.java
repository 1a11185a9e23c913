package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.IdentityLinks;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accepting an invitation through the region's identity provider: only with the invitation's
 * address as the provider verified it, only through the invitation's own region, and the provider's
 * (issuer, subject) is then linked to the account. A refused attempt leaves the invitation open.
 */
@TenantAdminTest
@WithRole(system = true)
class IdentityProviderAcceptanceTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Bea Beheer");

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    IdentityProviderSettings providers;

    @Autowired
    IdentityLinks links;

    @Autowired
    AccountDirectory accounts;

    private static int counter;
    private Region region;
    private Region other;
    private String issuer;

    @BeforeEach
    void regionsWithTheirOwnProviders() {
        counter++;
        region = provisioning.provision("PO52" + String.format("%02d", counter), "SWV idp " + counter, Sector.PO);
        other = provisioning.provision("VO52" + String.format("%02d", counter), "SWV ander " + counter, Sector.VO);
        issuer = "https://login.example/idp-" + counter;
        providers.configure(region.getId(), issuer, "uitzicht", "geheim", "email", null);
        providers.configure(
                other.getId(), "https://login.example/ander-" + counter, "uitzicht", "geheim", "email", null);
    }

    private String invite(String email) {
        IssuedInvitation issued = TenantContext.callAs(
                region.getId(),
                () -> invitations.invite(
                        email, "Pim Beleid", Set.of(Role.POLICY), Set.of(), ADMIN, "https://uitzicht.example"));
        return issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }

    @Test
    void theVerifiedInvitedAddressAcceptsAndLinksTheSubject() {
        String token = invite("pim" + counter + "@swv.example");
        AccountSummary account = acceptance.acceptForIdentityProvider(
                token, region.getCode(), "sub-pim", "Pim" + counter + "@SWV.example");
        assertThat(accounts.membershipIn(account.id(), region.getId())).isPresent();
        assertThat(links.accountFor(region.getId(), issuer, "sub-pim")).contains(account.id());
        assertThat(links.accountFor(region.getId(), issuer + "/", "sub-pim"))
                .as("the issuer key ignores a trailing slash")
                .contains(account.id());
        assertThat(links.accountFor(other.getId(), issuer, "sub-pim"))
                .as("for this region only")
                .isEmpty();
        assertThat(acceptance.landing(token).usable()).as("used up").isFalse();
    }

    @Test
    void anotherAddressOrRegionIsRefusedAndTheInvitationStaysOpen() {
        String token = invite("anna" + counter + "@swv.example");
        assertThatThrownBy(() -> acceptance.acceptForIdentityProvider(
                        token, region.getCode(), "sub-anna", "iemand-anders@swv.example"))
                .isInstanceOf(InvitationException.class)
                .hasMessageContaining("admin.accept.error.otherEmail");
        assertThatThrownBy(() -> acceptance.acceptForIdentityProvider(
                        token, other.getCode(), "sub-anna", "anna" + counter + "@swv.example"))
                .isInstanceOf(InvitationException.class)
                .hasMessageContaining("admin.accept.error.otherRegion");
        assertThat(acceptance.landing(token).usable()).isTrue();
        assertThat(accounts.findByEmail("anna" + counter + "@swv.example")).isEmpty();
        assertThat(links.accountFor(region.getId(), issuer, "sub-anna")).isEmpty();
    }

    @Test
    void aSubjectLinkedToSomeoneElseCannotBeLinkedAgain() {
        AccountSummary first = acceptance.acceptForIdentityProvider(
                invite("eerste" + counter + "@swv.example"),
                region.getCode(),
                "sub-gedeeld",
                "eerste" + counter + "@swv.example");
        String second = invite("tweede" + counter + "@swv.example");
        assertThatThrownBy(() -> acceptance.acceptForIdentityProvider(
                        second, region.getCode(), "sub-gedeeld", "tweede" + counter + "@swv.example"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(acceptance.landing(second).usable()).as("rolled back").isTrue();
        assertThat(links.accountFor(region.getId(), issuer, "sub-gedeeld")).contains(first.id());
    }

    @Test
    void anAccountWithAPasswordIsNotTakenOverThroughAProvider() {
        String address = "bestaand" + counter + "@swv.example";
        UUID existing = accounts.createAccount(address, "Bea Bestaand", "een-lang-wachtwoord")
                .id();
        String token = invite(address);
        assertThatThrownBy(() -> acceptance.acceptForIdentityProvider(token, region.getCode(), "sub-bestaand", address))
                .isInstanceOf(InvitationException.class)
                .hasMessageContaining("admin.accept.error.passwordAccount");
        assertThat(accounts.membershipIn(existing, region.getId())).isEmpty();
        assertThat(links.accountFor(region.getId(), issuer, "sub-bestaand")).isEmpty();
        assertThat(acceptance.landing(token).usable()).isTrue();
    }
}
