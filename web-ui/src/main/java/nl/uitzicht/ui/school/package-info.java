@NullMarked
package nl.uitzicht.ui.school;

import org.jspecify.annotations.NullMarked;
