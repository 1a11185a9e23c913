@NullMarked
package nl.uitzicht.provisioning;

import org.jspecify.annotations.NullMarked;
