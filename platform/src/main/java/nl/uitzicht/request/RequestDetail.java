package nl.uitzicht.request;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request as one reader may see it: the school's staff and case managers see everything except that the school sees
 * no expert advice; an expert sees only their own advice. {@code version} is the optimistic-lock version to hand back.
 * {@code parentsViewGivenAt} is when the parents wrote the view in the portal (only for a view from the portal).
 */
public record RequestDetail(
        RequestSummary summary,
        @Nullable FundingCategory fundingCategory,
        @Nullable UUID extendsRequestId,
        UUID oppId,
        int oppVersionNo,
        String question,
        String basicSupportDone,
        List<UUID> basicSupportCategoryIds,
        String parentsView,
        @Nullable ParentsViewSource parentsViewSource,
        @Nullable Instant parentsViewGivenAt,
        String createdBy,
        List<AssignedExpert> experts,
        List<Advice> advice,
        @Nullable Decision decision,
        List<Objection> objections,
        List<AttachmentInfo> attachments,
        long version)
        implements Serializable {

    public UUID id() {
        return summary.id();
    }

    public RequestType type() {
        return summary.type();
    }

    public RequestStatus status() {
        return summary.status();
    }

    /** An expert assigned to the request, and whether they advised yet. */
    public record AssignedExpert(UUID accountId, String name, boolean advised) implements Serializable {}
}
