package nl.uitzicht.ui.request;

import nl.uitzicht.audit.Actor;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in case manager or expert as the services' {@link RegionCaller} (held against the session by them). */
@Component
class RegionCallers {

    private final CurrentUser currentUser;

    RegionCallers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    RegionCaller current() {
        SignedInUser user = currentUser.require();
        return new RegionCaller(new Actor(user.accountId(), user.displayName()));
    }
}
