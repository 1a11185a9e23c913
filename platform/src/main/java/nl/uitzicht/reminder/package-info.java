/**
 * Reminders by e-mail (issue 14, ADR 0084): one daily digest per school staff member of what is on their
 * worklist (plans due or late, consent pending, evaluations due), in counts and links only, once per region
 * and day however many app nodes run; each kind can be switched off per person. And the parents' notices
 * (issue 15): a mail with only a link to the portal when the school asks them to take part in a plan.
 */
@ApplicationModule(
        displayName = "Reminders",
        allowedDependencies = {
            "access",
            "audit",
            "cluster",
            "identity",
            "mail",
            "opp",
            "parent",
            "requestwork",
            "school",
            "tenancy"
        })
@NullMarked
package nl.uitzicht.reminder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
