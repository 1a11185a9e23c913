/** Screens for OPP analysis: checklists, scoring rounds, scoring, comparison and consensus. */
@NullMarked
package nl.uitzicht.ui.analysis;

import org.jspecify.annotations.NullMarked;
