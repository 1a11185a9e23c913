@NullMarked
package nl.uitzicht.identityprovider;

import org.jspecify.annotations.NullMarked;
