@NullMarked
package nl.uitzicht.ui;

import org.jspecify.annotations.NullMarked;
