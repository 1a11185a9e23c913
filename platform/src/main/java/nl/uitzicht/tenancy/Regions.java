package nl.uitzicht.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Regions extends JpaRepository<Region, UUID> {

    Optional<Region> findByCodeIgnoreCase(String code);

    List<Region> findAllByOrderByNameAsc();

    boolean existsByCodeIgnoreCase(String code);
}
