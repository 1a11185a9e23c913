package nl.uitzicht.budget;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArrangementBudgetRows extends JpaRepository<ArrangementBudget, UUID> {

    Optional<ArrangementBudget> findBySchoolIdAndSchoolYear(UUID schoolId, int schoolYear);
}
