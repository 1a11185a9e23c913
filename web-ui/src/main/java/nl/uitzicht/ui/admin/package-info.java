@NullMarked
package nl.uitzicht.ui.admin;

import org.jspecify.annotations.NullMarked;
