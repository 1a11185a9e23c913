@NullMarked
package nl.uitzicht.school;

import org.jspecify.annotations.NullMarked;
