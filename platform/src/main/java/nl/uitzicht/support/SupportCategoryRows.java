package nl.uitzicht.support;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportCategoryRows extends JpaRepository<SupportCategoryEntity, UUID> {

    List<SupportCategoryEntity> findAllByOrderByPositionAsc();

    boolean existsByNameIgnoreCase(String name);
}
