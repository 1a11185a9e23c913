@NullMarked
package nl.uitzicht.export;

import org.jspecify.annotations.NullMarked;
