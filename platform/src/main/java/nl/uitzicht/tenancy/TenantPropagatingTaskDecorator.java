package nl.uitzicht.tenancy;

import java.util.UUID;
import org.springframework.core.task.TaskDecorator;

/** Carries the submitting thread's tenant into {@code @Async} and executor work. */
final class TenantPropagatingTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable runnable) {
        UUID tenant = TenantContext.current();
        return () -> {
            UUID previous = TenantContext.current();
            if (tenant == null) {
                TenantContext.clear();
            } else {
                TenantContext.bind(tenant);
            }
            try {
                runnable.run();
            } finally {
                TenantContext.restore(previous);
            }
        };
    }
}
