package nl.uitzicht.school;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BasicSupportStandardRows extends JpaRepository<BasicSupportStandardRow, UUID> {

    /** Row-level security leaves only the bound region's row. */
    Optional<BasicSupportStandardRow> findFirstBy();
}
