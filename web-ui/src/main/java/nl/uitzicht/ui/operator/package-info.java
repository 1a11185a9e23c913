@NullMarked
package nl.uitzicht.ui.operator;

import org.jspecify.annotations.NullMarked;
