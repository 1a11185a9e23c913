@ApplicationModule(
        displayName = "Programme",
        allowedDependencies = {"access", "trainer", "validation"})
@NullMarked
package nl.uitzicht.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
