package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.audit.AuditRecord;
import org.springframework.stereotype.Service;

/**
 * Who viewed, changed, exported or recorded consent on one OPP: for the region's administrators,
 * who see the trail but never the plan's content.
 */
@Service
@RegionAdminOnly
public class OppAuditTrail {

    private final AuditLog audit;

    OppAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    public List<AuditRecord> of(UUID oppId) {
        return audit.trailOf(OppAccess.AUDIT_SUBJECT, oppId);
    }
}
