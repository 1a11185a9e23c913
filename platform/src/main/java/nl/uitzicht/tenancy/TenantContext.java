package nl.uitzicht.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The region (tenant) the current thread works for. Bound per request from the authenticated
 * user, and explicitly for background work ({@link #callAs}). Nothing bound means no tenant data
 * is visible: the row-level security policy compares against NULL and matches no row.
 */
public final class TenantContext {

    /** What Hibernate sees when no tenant is bound: a tenant that owns no rows. */
    public static final UUID NO_TENANT = new UUID(0L, 0L);

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static void bind(UUID tenant) {
        CURRENT.set(tenant);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static @Nullable UUID current() {
        return CURRENT.get();
    }

    public static Optional<UUID> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static UUID require() {
        UUID tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantBoundException();
        }
        return tenant;
    }

    /** Runs {@code body} as {@code tenant} and restores what was bound before. */
    public static <T> T callAs(UUID tenant, Supplier<T> body) {
        UUID previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return body.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(UUID tenant, Runnable body) {
        callAs(tenant, () -> {
            body.run();
            return null;
        });
    }

    static void restore(@Nullable UUID previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Thrown when tenant data is touched with no region bound. */
    public static final class NoTenantBoundException extends IllegalStateException {
        NoTenantBoundException() {
            super("No region (tenant) is bound to this thread");
        }
    }
}
