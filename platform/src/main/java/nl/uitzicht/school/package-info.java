@ApplicationModule(displayName = "Schools", allowedDependencies = {"access", "cache", "support", "tenancy"})
@NullMarked
package nl.uitzicht.school;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
