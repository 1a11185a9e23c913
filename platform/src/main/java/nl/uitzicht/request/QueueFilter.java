package nl.uitzicht.request;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the region's queue shows: one status (or all open ones, or everything submitted), one type, one school, or only
 * the caller's own requests. What a view keeps in its fields (ADR 0090), not the rows.
 */
public record QueueFilter(
        @Nullable RequestStatus status,
        boolean openOnly,
        @Nullable RequestType type,
        @Nullable UUID schoolId,
        boolean mineOnly)
        implements Serializable {

    public static final QueueFilter OPEN = new QueueFilter(null, true, null, null, false);
    public static final QueueFilter ALL = new QueueFilter(null, false, null, null, false);
}
