/**
 * Parents and guardians as users (issue 15, ADR 0079): which parent account may read which pupil's
 * plans (a parent link, made by an invitation from the pupil's school and revocable by it), and the
 * {@link nl.uitzicht.parent.ParentScope} every parent service call carries. The scope is never
 * trusted: each read checks the link in the database ({@link nl.uitzicht.parent.ParentLinks#requireChild}).
 */
@ApplicationModule(
        displayName = "Parents",
        allowedDependencies = {"access", "audit", "identity", "pupil", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.parent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
