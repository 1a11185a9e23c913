package nl.uitzicht.ui.analysis;

import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in person as an analyst in their current region. */
@Component
class Analysts {

    private final CurrentUser currentUser;

    Analysts(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Analyst current() {
        SignedInUser user = currentUser.require();
        return new Analyst(new Actor(user.accountId(), user.displayName()), user.roles(), user.schoolIds());
    }
}
