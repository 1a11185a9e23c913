@ApplicationModule(
        displayName = "Achterban",
        allowedDependencies = {"access", "school", "trainer"})
@NullMarked
package nl.uitzicht.achterban;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
