/**
 * Who may call which service: the role rules the services carry themselves (method security, see
 * {@link nl.uitzicht.access.Allow}), work the system does on no person's behalf
 * ({@link nl.uitzicht.access.SystemWork}), and the checks that what a service is handed in a
 * person's name (a school scope, an analyst, a trainer id) belongs to the person calling
 * ({@link nl.uitzicht.access.CallerClaimCheck}, {@link nl.uitzicht.access.CallerIdCheck}). A leaf
 * package: it knows no feature, so every feature may use it.
 */
@ApplicationModule(
        displayName = "Access rules",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
