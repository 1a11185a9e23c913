@NullMarked
package nl.uitzicht.ui.invitation;

import org.jspecify.annotations.NullMarked;
