/** The region's list of support categories (reading, maths, behaviour, ...), editable per region. */
@ApplicationModule(
        displayName = "Support categories",
        allowedDependencies = {"access", "validation"})
@NullMarked
package nl.uitzicht.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
