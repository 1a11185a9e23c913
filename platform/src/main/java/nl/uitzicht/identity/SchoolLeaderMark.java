package nl.uitzicht.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A school-staff membership marked as leading one of its schools (schoolleider, issue 18 point 4), by the
 * region administrator. Counts only while the membership is scoped to that school ({@link SchoolLeaders}).
 */
@Entity
@Table(name = "membership_school_leader")
class SchoolLeaderMark {

    @EmbeddedId
    private Key key;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private Instant markedAt;

    protected SchoolLeaderMark() {}

    SchoolLeaderMark(UUID membershipId, UUID schoolId, Instant now) {
        this.key = new Key(membershipId, schoolId);
        this.markedAt = now;
    }

    UUID membershipId() {
        return key.membershipId();
    }

    UUID schoolId() {
        return key.schoolId();
    }

    @Embeddable
    record Key(
            @Column(name = "membership_id", nullable = false)
            UUID membershipId,

            @Column(name = "school_id", nullable = false) UUID schoolId)
            implements Serializable {}
}
