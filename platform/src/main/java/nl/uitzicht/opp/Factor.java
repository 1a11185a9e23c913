package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.UUID;

/** A hindering or helping factor that now affects the pupil's education (legal part 1). */
@Embeddable
public record Factor(
        @Column(name = "factor_key", nullable = false) UUID key,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        FactorKind kind,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        FactorDomain domain,

        @Column(nullable = false) String description)
        implements Serializable {}
