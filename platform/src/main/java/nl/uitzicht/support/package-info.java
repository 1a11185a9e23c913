/** The region's list of support categories (reading, maths, behaviour, ...), editable per region. */
@NullMarked
package nl.uitzicht.support;

import org.jspecify.annotations.NullMarked;
