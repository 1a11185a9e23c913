package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** An OPP in a round and its school (kept so dashboards can group consensus scores per school). */
@Embeddable
public record RoundOpp(
        @Column(name = "opp_id", nullable = false) UUID oppId,
        @Column(name = "school_id", nullable = false) UUID schoolId)
        implements Serializable {}
