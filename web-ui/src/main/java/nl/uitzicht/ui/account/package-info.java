/** The signed-in person's own account settings: the second factor. */
@NullMarked
package nl.uitzicht.ui.account;

import org.jspecify.annotations.NullMarked;
