package nl.uitzicht.schoolyear;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolYearSettingsRows extends JpaRepository<SchoolYearSettings, UUID> {}
