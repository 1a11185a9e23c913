@ApplicationModule(
        displayName = "Buddies",
        allowedDependencies = {
            "access",
            "achterban",
            "identity",
            "notification",
            "school",
            "tenancy",
            "trainer",
            "validation"
        })
@NullMarked
package nl.uitzicht.buddy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
