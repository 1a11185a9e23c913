package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without a mail server (no {@code spring.mail.host}) codes by e-mail are not offered and cannot be chosen. */
@PlatformTest
@WithRole(system = true)
class MailCodesWithoutMailServerTest {

    @Autowired
    MailCodes mailCodes;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Test
    void codesByMailAreNotOfferedAndCannotBeChosen() {
        UUID parent = accounts.createAccount(Unique.email("Hanna"), "Hanna", "Fiets-Zolder-9")
                .id();
        UUID region =
                regions.register(Unique.regionCode("PO"), "Regio", Sector.PO).getId();
        accounts.grant(parent, region, Role.PARENT, Set.of());

        assertThat(mailCodes.offered()).isFalse();
        assertThatThrownBy(() -> mailCodes.enable(parent, "192.0.2.46")).isInstanceOf(IllegalStateException.class);
        assertThat(mailCodes.isEnabled(parent)).isFalse();
        assertThat(secondFactors.isEnabled(parent)).isFalse();
    }
}
