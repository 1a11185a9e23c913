/**
 * The parents' portal (issue 15, ADR 0079): activating an invitation with a password and a second factor,
 * their children, the parents' version of the plan on a phone, their notes and their answer on the
 * handelingsdeel; and for school staff, inviting parents and taking their access away, and what parents
 * said, shown in the OPP.
 */
@NullMarked
package nl.uitzicht.ui.parent;

import org.jspecify.annotations.NullMarked;
