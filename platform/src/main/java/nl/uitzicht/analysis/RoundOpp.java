package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/**
 * An OPP in a round, its school (kept so dashboards can group consensus scores per school) and the version
 * the round scores: the one current when the round started, so every rater reads the same plan (issue 18).
 */
@Embeddable
public record RoundOpp(
        @Column(name = "opp_id", nullable = false) UUID oppId,
        @Column(name = "school_id", nullable = false) UUID schoolId,
        @Column(name = "version_no", nullable = false) int versionNo)
        implements Serializable {}
