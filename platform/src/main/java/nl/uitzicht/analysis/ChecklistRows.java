package nl.uitzicht.analysis;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRows extends JpaRepository<ChecklistEntity, UUID> {

    List<ChecklistEntity> findByCurrentTrueOrderByCreatedAtAsc();

    List<ChecklistEntity> findByFamilyIdOrderByVersionNoDesc(UUID familyId);
}
