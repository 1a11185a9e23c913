package nl.uitzicht.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.OperatorOnly;
import nl.uitzicht.access.OperatorOrRegionAdmin;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators and administrators did to regions, accounts and access, kept by the platform
 * (not by the region, so a purged region's record stays). An administrator's action in a region is
 * also written to the region's own audit trail, in the same transaction ({@link #regionAction}).
 */
@Service
public class PlatformLog {

    private final PlatformAuditEvents events;
    private final AuditLog regionTrail;
    private final RegionDirectory regions;
    private final Clock clock;

    PlatformLog(PlatformAuditEvents events, AuditLog regionTrail, RegionDirectory regions, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.regionTrail = regionTrail;
        this.regions = regions;
    }

    /**
     * An action on the platform or on a region as a whole (create, suspend, purge). For a region that
     * no longer exists (purged), pass its code as the {@code subject}. Joins the caller's transaction
     * when there is one, so the action and its record commit together.
     */
    @Transactional
    @OperatorOrRegionAdmin
    public void platformAction(
            Actor actor,
            PlatformAction action,
            @Nullable UUID regionId,
            @Nullable String subject,
            @Nullable String detail) {
        String code = regionId == null
                ? null
                : regions.find(regionId).map(Region::getCode).orElse(subject);
        events.save(new PlatformAuditEvent(clock.instant(), actor, action, regionId, code, subject, detail));
    }

    /**
     * An administrator's action inside the bound region: in the region's audit trail (as
     * {@code regionAction} on {@code subjectType}/{@code subjectId}) and in the platform log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RegionAdminOnly
    public void regionAction(
            Actor actor,
            PlatformAction action,
            AuditAction regionAction,
            String subjectType,
            @Nullable UUID subjectId,
            String detail) {
        UUID region = TenantContext.require();
        regionTrail.record(actor, regionAction, subjectType, subjectId, detail);
        platformAction(actor, action, region, subjectType + (subjectId == null ? "" : " " + subjectId), detail);
    }

    /** One page of entries, newest first, for the operator's lazy grid ({@code offset} a multiple of {@code limit}). */
    @Transactional(readOnly = true)
    @OperatorOnly
    public List<PlatformRecord> page(int offset, int limit) {
        int size = Math.clamp(limit, 1, 500);
        return events.findByOrderByOccurredAtDesc(PageRequest.of(Math.max(offset, 0) / size, size)).stream()
                .map(PlatformAuditEvent::record)
                .toList();
    }

    @Transactional(readOnly = true)
    @OperatorOnly
    public long count() {
        return events.count();
    }

    /** A region's entries, newest first, for the operator (also after the region was purged). */
    @Transactional(readOnly = true)
    @OperatorOnly
    public List<PlatformRecord> ofRegion(UUID regionId) {
        return events.findByRegionIdOrderByOccurredAtDesc(regionId).stream()
                .map(PlatformAuditEvent::record)
                .toList();
    }
}
