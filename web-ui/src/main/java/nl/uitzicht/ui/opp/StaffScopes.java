package nl.uitzicht.ui.opp;

import java.util.Set;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in person's school scope: their schools if they are school staff, none otherwise. */
@Component
public class StaffScopes {

    private final CurrentUser currentUser;

    StaffScopes(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public StaffScope current() {
        SignedInUser user = currentUser.require();
        Actor actor = new Actor(user.accountId(), user.displayName());
        return new StaffScope(actor, user.has(Role.SCHOOL_STAFF) ? user.schoolIds() : Set.of());
    }
}
