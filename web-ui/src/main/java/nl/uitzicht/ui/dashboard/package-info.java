/** The region dashboard for policy staff: charts with accessible tables and CSV exports. */
@NullMarked
package nl.uitzicht.ui.dashboard;

import org.jspecify.annotations.NullMarked;
