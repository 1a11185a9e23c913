/**
 * Pupils per school: the minimum a school needs (name or pseudonym, birth year, group, enrolment and
 * leaving date; never a BSN). School staff reach only the pupils of their own schools
 * ({@link nl.uitzicht.pupil.StaffScope}); every read and change is audited.
 */
@ApplicationModule(
        displayName = "Pupils",
        allowedDependencies = {"access", "audit", "validation"})
@NullMarked
package nl.uitzicht.pupil;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
