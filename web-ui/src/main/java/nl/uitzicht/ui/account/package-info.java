/** The signed-in person's own account settings: the second factor, the reminder mails. */
@NullMarked
package nl.uitzicht.ui.account;

import org.jspecify.annotations.NullMarked;
