@NullMarked
package nl.uitzicht.trainer;

import org.jspecify.annotations.NullMarked;
