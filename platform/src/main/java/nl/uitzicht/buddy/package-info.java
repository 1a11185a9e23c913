@NullMarked
package nl.uitzicht.buddy;

import org.jspecify.annotations.NullMarked;
