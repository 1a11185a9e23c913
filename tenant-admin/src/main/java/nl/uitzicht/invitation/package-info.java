@NullMarked
package nl.uitzicht.invitation;

import org.jspecify.annotations.NullMarked;
