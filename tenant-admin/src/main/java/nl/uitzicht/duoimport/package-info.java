/** Importing a region's schools from DUO open data (scholen per samenwerkingsverband + alle vestigingen). */
@ApplicationModule(
        displayName = "DUO import",
        allowedDependencies = {"access", "audit", "cluster", "school", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.duoimport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
