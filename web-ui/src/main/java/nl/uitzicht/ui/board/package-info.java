/** The board report for policy staff and region admins: the region's course school year over school year. */
@NullMarked
package nl.uitzicht.ui.board;

import org.jspecify.annotations.NullMarked;
