package nl.uitzicht.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the retention report: an OPP ({@code oppId} set) or a pupil's registration ({@code oppId} null)
 * whose term has passed: when it ended (the OPP closed or was discarded, the pupil left), whether the pupil
 * went to special education (a longer term), and from which day it may be deleted.
 */
public record ExpiredFile(
        UUID schoolId,
        String schoolName,
        UUID pupilId,
        String pupilName,
        @Nullable UUID oppId,
        LocalDate endedOn,
        boolean referral,
        LocalDate deleteFrom)
        implements Serializable {

    public boolean isOpp() {
        return oppId != null;
    }
}
