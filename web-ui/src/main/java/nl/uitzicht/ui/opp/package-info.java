/** The OPP screens for school staff (pupils, worklist, editor) and the audit trail for region admins. */
@NullMarked
package nl.uitzicht.ui.opp;

import org.jspecify.annotations.NullMarked;
