package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An OPP in a round and its school (kept so dashboards can group consensus scores per school): an Uitzicht OPP,
 * or an OPP written elsewhere and uploaded ({@code uploadId}, the same as {@code oppId}; ADR 0096).
 */
@Embeddable
public record RoundOpp(
        @Column(name = "opp_id", nullable = false) UUID oppId,
        @Column(name = "school_id", nullable = false) UUID schoolId,

        @Column(name = "upload_id", updatable = false) @Nullable
        UUID uploadId)
        implements Serializable {

    /** An Uitzicht OPP. */
    public RoundOpp(UUID oppId, UUID schoolId) {
        this(oppId, schoolId, null);
    }

    /** An uploaded OPP: the upload's id is the member's id. */
    static RoundOpp uploaded(UUID uploadId, UUID schoolId) {
        return new RoundOpp(uploadId, schoolId, uploadId);
    }

    public boolean isUpload() {
        return uploadId != null;
    }
}
