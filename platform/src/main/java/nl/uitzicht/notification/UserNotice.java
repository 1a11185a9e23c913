package nl.uitzicht.notification;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something one person should see at once in their open app, e.g. feedback from their buddy.
 * Carries its region, so whoever shows it can bind the tenant.
 */
public record UserNotice(
        UUID tenantId,
        UUID recipientId,
        String kind,
        String from,
        String text,
        @Nullable UUID reference) implements Serializable {}
