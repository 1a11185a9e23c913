package nl.uitzicht.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import nl.uitzicht.invitation.InvitationAcceptance;
import nl.uitzicht.invitation.InvitationLanding;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Inloggen via de regio" on an invitation: keeps the invitation in this browser's session
 * ({@link PendingInvitation}) and starts the login at the invitation's region's own provider. The
 * invitation is accepted, and the provider's subject linked, by that login ({@link SignInResolver}),
 * never before the provider vouched for the invited address. Nothing is stored otherwise.
 */
@Controller
class InvitationLogin {

    static final String PATH = "/uitnodiging/{token}/inloggen";

    private final InvitationAcceptance acceptance;
    private final Clock clock;

    InvitationLogin(InvitationAcceptance acceptance, Clock clock) {
        this.clock = clock;
        this.acceptance = acceptance;
    }

    @GetMapping(PATH)
    String start(@PathVariable String token, HttpServletRequest request) {
        InvitationLanding landing = acceptance.landing(token);
        if (!landing.usable() || !landing.regionHasIdentityProvider() || landing.regionCode() == null) {
            return "redirect:/uitnodiging/" + token;
        }
        request.getSession()
                .setAttribute(
                        PendingInvitation.SESSION_KEY,
                        PendingInvitation.startingNow(token, landing.regionCode(), clock));
        return "redirect:/oauth2/authorization/" + landing.regionCode();
    }
}
