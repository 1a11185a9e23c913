@ApplicationModule(
        displayName = "Invitations",
        allowedDependencies = {
            "access",
            "audit",
            "identity",
            "mail",
            "parent",
            "pupil",
            "school",
            "tenancy",
            "validation"
        })
@NullMarked
package nl.uitzicht.invitation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
