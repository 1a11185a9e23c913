package nl.uitzicht.request;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupportRequests extends JpaRepository<SupportRequest, UUID>, JpaSpecificationExecutor<SupportRequest> {}
