@NullMarked
package nl.uitzicht.audit;

import org.jspecify.annotations.NullMarked;
