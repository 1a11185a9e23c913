@NullMarked
package nl.uitzicht.identity;

import org.jspecify.annotations.NullMarked;
