@NullMarked
package nl.uitzicht.tenancy;

import org.jspecify.annotations.NullMarked;
