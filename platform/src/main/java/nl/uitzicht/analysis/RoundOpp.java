package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An OPP in a round, its school (kept so dashboards can group consensus scores per school) and the version
 * the round scores: the one current when the round started, so every rater reads the same plan (issue 18).
 * Either an Uitzicht OPP or an OPP written elsewhere and uploaded ({@code uploadId}, the same as
 * {@code oppId}, version 1; ADR 0096).
 */
@Embeddable
public record RoundOpp(
        @Column(name = "opp_id", nullable = false) UUID oppId,
        @Column(name = "school_id", nullable = false) UUID schoolId,
        @Column(name = "version_no", nullable = false) int versionNo,

        @Column(name = "upload_id", updatable = false) @Nullable
        UUID uploadId)
        implements Serializable {

    /** An Uitzicht OPP at the given version. */
    public RoundOpp(UUID oppId, UUID schoolId, int versionNo) {
        this(oppId, schoolId, versionNo, null);
    }

    /** An uploaded OPP: the upload's id is the member's id; it has one version. */
    static RoundOpp uploaded(UUID uploadId, UUID schoolId) {
        return new RoundOpp(uploadId, schoolId, 1, uploadId);
    }

    public boolean isUpload() {
        return uploadId != null;
    }
}
