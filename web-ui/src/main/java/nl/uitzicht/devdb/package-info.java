@ApplicationModule(
        displayName = "Embedded database",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.devdb;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
