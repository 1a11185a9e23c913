@ApplicationModule(
        displayName = "Trainers",
        allowedDependencies = {"access", "validation"})
@NullMarked
package nl.uitzicht.trainer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
