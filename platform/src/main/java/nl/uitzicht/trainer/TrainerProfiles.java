package nl.uitzicht.trainer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainers' profiles in the current region: programme group and two-year hope. */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class TrainerProfiles {

    private final TrainerProfileRows rows;

    TrainerProfiles(TrainerProfileRows rows) {
        this.rows = rows;
    }

    public TrainerProfileView of(UUID trainerId) {
        return rows.ofTrainer(trainerId).map(TrainerProfile::view).orElse(TrainerProfileView.EMPTY);
    }

    public Map<UUID, TrainerProfileView> of(Collection<UUID> trainerIds) {
        if (trainerIds.isEmpty()) {
            return Map.of();
        }
        return rows.ofTrainers(trainerIds).stream()
                .collect(Collectors.toMap(TrainerProfile::getTrainerId, TrainerProfile::view));
    }

    @Transactional
    public TrainerProfileView save(
            @CallerId UUID trainerId, long version, @Nullable String programmeGroup, @Nullable String twoYearHope) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "programmeGroup", programmeGroup, 80);
        Checks.maxLength(errors, "twoYearHope", twoYearHope, 2000);
        Checks.throwIfAny(errors);
        TrainerProfile profile = rows.ofTrainer(trainerId).orElse(null);
        if (profile == null ? version != -1 : profile.getVersion() != version) {
            throw new ChangedMeanwhileException("Trainer profile");
        }
        if (profile == null) {
            profile = new TrainerProfile(trainerId);
        }
        profile.change(programmeGroup, twoYearHope);
        return rows.saveAndFlush(profile).view();
    }
}
