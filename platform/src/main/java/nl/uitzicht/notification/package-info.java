@NullMarked
package nl.uitzicht.notification;

import org.jspecify.annotations.NullMarked;
