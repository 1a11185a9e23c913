@NullMarked
package nl.uitzicht.security;

import org.jspecify.annotations.NullMarked;
