/** The region's arrangement budgets per school and school year, against what was granted (issue 16, ADR 0095). */
@NullMarked
package nl.uitzicht.ui.budget;

import org.jspecify.annotations.NullMarked;
