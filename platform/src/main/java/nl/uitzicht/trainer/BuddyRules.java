package nl.uitzicht.trainer;

import java.util.Map;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.TrainerOrRegionAdmin;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region's buddy rule: one active buddy per trainer, unless the region allows more (up to 5). */
@Service
@Transactional(readOnly = true)
@TrainerOrRegionAdmin
public class BuddyRules {

    public static final int DEFAULT_MAX_ACTIVE_BUDDIES = 1;
    public static final int UPPER_LIMIT = 5;

    private final TrainerSettingsRows rows;

    BuddyRules(TrainerSettingsRows rows) {
        this.rows = rows;
    }

    public int maxActiveBuddies() {
        return rows.current().map(TrainerSettings::getMaxActiveBuddies).orElse(DEFAULT_MAX_ACTIVE_BUDDIES);
    }

    @Transactional
    @RegionAdminOnly
    public void allowActiveBuddies(int max) {
        if (max < 1 || max > UPPER_LIMIT) {
            throw InvalidInput.of(Map.of("maxActiveBuddies", "buddy.validation.maxRange"));
        }
        TrainerSettings settings = rows.current().orElseGet(() -> new TrainerSettings(max));
        settings.setMaxActiveBuddies(max);
        rows.save(settings);
    }
}
