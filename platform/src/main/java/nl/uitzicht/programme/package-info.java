@NullMarked
package nl.uitzicht.programme;

import org.jspecify.annotations.NullMarked;
