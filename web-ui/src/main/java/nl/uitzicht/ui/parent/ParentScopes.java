package nl.uitzicht.ui.parent;

import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in parent as the services' {@link ParentScope} (which the services hold against the session). */
@Component
class ParentScopes {

    private final CurrentUser currentUser;

    ParentScopes(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    ParentScope current() {
        SignedInUser user = currentUser.require();
        return new ParentScope(user.accountId(), user.displayName());
    }
}
