package nl.uitzicht.school;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolSupportProfileRows extends JpaRepository<SchoolSupportProfile, UUID> {}
