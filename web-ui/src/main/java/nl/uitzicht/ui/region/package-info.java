@NullMarked
package nl.uitzicht.ui.region;

import org.jspecify.annotations.NullMarked;
