package nl.uitzicht.parent;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnPlanSwitchRows extends JpaRepository<OwnPlanSwitch, UUID> {

    Optional<OwnPlanSwitch> findByPupilId(UUID pupilId);
}
