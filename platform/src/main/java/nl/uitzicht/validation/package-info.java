/**
 * The one way a service refuses bad input: {@link nl.uitzicht.validation.InvalidInput}, a list of
 * {@link nl.uitzicht.validation.FieldProblem}s that the UI shows at its fields and the API returns as a 400.
 */
@ApplicationModule(
        displayName = "Input validation",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
