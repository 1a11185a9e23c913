@NullMarked
package nl.uitzicht.devdb;

import org.jspecify.annotations.NullMarked;
