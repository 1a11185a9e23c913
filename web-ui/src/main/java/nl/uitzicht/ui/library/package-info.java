/** The goal library and the OPP templates (ADR 0081): kept by the region admin, templates also by school staff. */
@NullMarked
package nl.uitzicht.ui.library;

import org.jspecify.annotations.NullMarked;
