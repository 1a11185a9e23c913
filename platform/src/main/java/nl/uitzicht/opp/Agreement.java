package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.UUID;

/** An agreement between school, parents and pupil (part of the handelingsdeel). */
@Embeddable
public record Agreement(
        @Column(name = "agreement_key", nullable = false) UUID key,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        Party party,

        @Column(nullable = false) String description)
        implements Serializable {}
