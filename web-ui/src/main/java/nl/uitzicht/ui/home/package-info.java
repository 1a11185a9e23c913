@NullMarked
package nl.uitzicht.ui.home;

import org.jspecify.annotations.NullMarked;
