package nl.uitzicht.access;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work the application does itself, on no person's behalf (demo data and provisioning at
 * start-up, the data generator, scheduled jobs, relayed notices), as the system: an
 * authentication whose only authority is {@code ROLE_SYSTEM}, which the service rules admit.
 * What was on the thread before is restored afterwards. Never call it to lift a person's rights
 * inside their own request.
 */
@Component
public class SystemWork {

    private final SecurityContextHolderStrategy strategy;

    SystemWork(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T call(Supplier<T> body) {
        SecurityContext previous = strategy.getContext();
        SecurityContext system = strategy.createEmptyContext();
        system.setAuthentication(SystemAuthentication.INSTANCE);
        strategy.setContext(system);
        try {
            return body.get();
        } finally {
            if (previous.getAuthentication() == null) {
                strategy.clearContext();
            } else {
                strategy.setContext(previous);
            }
        }
    }

    public void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }
}
