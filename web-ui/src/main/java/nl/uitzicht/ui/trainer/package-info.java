@NullMarked
package nl.uitzicht.ui.trainer;

import org.jspecify.annotations.NullMarked;
