/**
 * Requests to the region (issue 16): the school's requests from an OPP, the region's queue and request page for case
 * managers, the expert's "Mijn adviezen", and the parent's decisions. Thin views over {@code nl.uitzicht.request}.
 */
@NullMarked
package nl.uitzicht.ui.request;

import org.jspecify.annotations.NullMarked;
