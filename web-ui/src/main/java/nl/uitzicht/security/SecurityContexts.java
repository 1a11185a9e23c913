package nl.uitzicht.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The security context strategy this application's filter chains use (Vaadin registers its own).
 * Reading it through this bean rather than the JVM-wide {@link SecurityContextHolder} keeps
 * every part of one application on the same strategy, also when several application contexts
 * share a JVM (as in the test suite).
 */
@Component
class SecurityContexts {

    private final SecurityContextHolderStrategy strategy;

    SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    SecurityContextHolderStrategy strategy() {
        return strategy;
    }
}
