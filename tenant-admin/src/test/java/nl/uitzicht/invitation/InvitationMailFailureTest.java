package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a mail server configured, the invitation link leaves the server by mail only: when sending fails (here
 * the server refuses connections) the inviter gets no link back and the log names the failure, never the link.
 */
@TenantAdminTest
@ExtendWith(OutputCaptureExtension.class)
@nl.uitzicht.testing.WithRole(system = true)
class InvitationMailFailureTest {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Bea Beheer");

    @DynamicPropertySource
    static void unreachableMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", InvitationMailFailureTest::closedPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    /** A port nothing listens on: connecting is refused at once. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Invitations invitations;

    @Autowired
    RegionProvisioning provisioning;

    @Test
    void aFailedMailGivesNoLinkBackAndLogsNone(CapturedOutput output) {
        UUID region =
                provisioning.provision("PO3190", "SWV mail kapot", Sector.PO).getId();
        IssuedInvitation issued = TenantContext.callAs(
                region,
                () -> invitations.invite(
                        "pim@regio.nl",
                        "Pim Beleid",
                        Set.of(Role.POLICY),
                        Set.of(),
                        ADMIN,
                        "https://uitzicht.example"));
        assertThat(issued.mailed()).isFalse();
        assertThat(issued.link())
                .as("a configured mail server: the link never comes back")
                .isNull();

        IssuedInvitation renewed = TenantContext.callAs(
                region,
                () -> invitations.resend(
                        issued.invitation().id(), issued.invitation().version(), "https://uitzicht.example", ADMIN));
        assertThat(renewed.link()).isNull();

        assertThat(output.getAll())
                .contains("Invitation mail to pim@regio.nl could not be sent")
                .doesNotContain("/uitnodiging/");
    }
}
