package nl.uitzicht.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service parameter that names the person calling (their account id), e.g. the trainer
 * whose own achterban, SWOT board or buddy pairs are read or changed. {@link CallerIdCheck} refuses
 * the call unless it is the signed-in person's own account (or {@link SystemWork} calls), so a
 * view or endpoint cannot act in another person's name by passing their id.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CallerId {}
