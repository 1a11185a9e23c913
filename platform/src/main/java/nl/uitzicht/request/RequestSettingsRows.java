package nl.uitzicht.request;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestSettingsRows extends JpaRepository<RequestSettingsRow, UUID> {}
