package nl.uitzicht.goallibrary;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalLibraryRows extends JpaRepository<GoalLibraryEntry, UUID> {

    List<GoalLibraryEntry> findAllByOrderByTitleAsc();

    List<GoalLibraryEntry> findBySupportCategoryIdAndRetiredFalseOrderByTitleAsc(UUID supportCategoryId);

    List<GoalLibraryEntry> findByRetiredFalseOrderByTitleAsc();
}
