package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who viewed, changed, exported or recorded consent on one OPP: for the region's administrators,
 * who see the trail but never the plan's content.
 */
@Service
public class OppAuditTrail {

    private final AuditLog audit;

    OppAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @PreAuthorize("hasRole('REGION_ADMIN')")
    public List<AuditRecord> of(UUID oppId) {
        return audit.trailOf(OppAccess.AUDIT_SUBJECT, oppId);
    }
}
