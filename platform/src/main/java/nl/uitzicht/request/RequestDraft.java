package nl.uitzicht.request;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What school staff fill in on a request: its type (with the funding category for so/vso, the earlier request for an
 * extension), the question to the region, what the school already did within basic support, and the parents' view.
 * Checked by the service ({@code RequestRules}); texts are trimmed there.
 */
public record RequestDraft(
        RequestType type,
        @Nullable FundingCategory fundingCategory,
        @Nullable UUID extendsRequestId,
        String question,
        String basicSupportDone,
        String parentsView,
        @Nullable ParentsViewSource parentsViewSource) {}
