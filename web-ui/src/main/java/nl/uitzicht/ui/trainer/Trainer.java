package nl.uitzicht.ui.trainer;

import java.util.UUID;
import nl.uitzicht.security.CurrentUser;

/** The signed-in trainer's account id: every workspace call is made for this trainer only. */
final class Trainer {

    private Trainer() {}

    static UUID id(CurrentUser currentUser) {
        return currentUser.require().accountId();
    }
}
