@NullMarked
package nl.uitzicht.cache;

import org.jspecify.annotations.NullMarked;
