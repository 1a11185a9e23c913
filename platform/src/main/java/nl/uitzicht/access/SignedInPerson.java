package nl.uitzicht.access;

import java.util.Set;
import java.util.UUID;

/**
 * The principal of a person's session as the services see it: implemented by the web layer's
 * signed-in user, read by {@link CallerCheck} to hold a school scope against who really calls.
 */
public interface SignedInPerson {

    UUID accountId();

    /** The schools this person is assigned to in the region they work in (empty unless school staff). */
    Set<UUID> schoolIds();
}
