/**
 * Who may call which service: the role rules the services carry themselves (method security, see
 * {@link nl.uitzicht.access.Allow}), work the system does on no person's behalf
 * ({@link nl.uitzicht.access.SystemWork}), and the check that a school scope handed to a service
 * belongs to the person calling it ({@link nl.uitzicht.access.CallerCheck}). A leaf package: it
 * knows no feature, so every feature may use it.
 */
@NullMarked
package nl.uitzicht.access;

import org.jspecify.annotations.NullMarked;
