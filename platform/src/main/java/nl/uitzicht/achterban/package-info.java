@NullMarked
package nl.uitzicht.achterban;

import org.jspecify.annotations.NullMarked;
