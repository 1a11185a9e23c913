package nl.uitzicht.request;

import nl.uitzicht.access.CaseManagerOrRegionAdmin;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region's decision term for requests (default 8 weeks), kept by case managers and region administrators. */
@Service
@CaseManagerOrRegionAdmin
public class RequestSettings {

    private final RequestSettingsRows rows;
    private final RequestAccess access;

    RequestSettings(RequestSettingsRows rows, RequestAccess access) {
        this.rows = rows;
        this.access = access;
    }

    /** The bound region's term (the default when it never set one). */
    @Transactional(readOnly = true)
    public DecisionTerm term() {
        RequestSettingsRow row = rows.findById(TenantContext.require()).orElseGet(RequestSettingsRow::defaults);
        return new DecisionTerm(row.getDecisionTermWeeks(), row.getVersion());
    }

    /** Sets the term in weeks (1-26) for requests submitted from now on, with the version the screen saw. */
    @Transactional
    public DecisionTerm setTerm(Actor actor, long expectedVersion, Integer weeks) {
        int checked = RequestRules.decisionTerm(weeks);
        RequestSettingsRow row = rows.findById(TenantContext.require()).orElseGet(RequestSettingsRow::defaults);
        if (row.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RequestSettingsRow.class, TenantContext.require());
        }
        row.setDecisionTermWeeks(checked);
        RequestSettingsRow saved = rows.saveAndFlush(row);
        access.audit(actor, AuditAction.UPDATE, null, "decision term " + checked + " weeks");
        return new DecisionTerm(saved.getDecisionTermWeeks(), saved.getVersion());
    }
}
