package nl.uitzicht.tenancy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.OperatorOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regions (tenants) of the platform: looked up at login, managed by the operator. */
@Service
@Transactional(readOnly = true)
// One region's code, name and status are no secret: the login page, OIDC login, bearer-token checks
// and invitation links read them before anyone is known. The list of all regions and every change
// are the operator's.
@PreAuthorize(Allow.ANYONE)
public class RegionDirectory {

    /** SWV codes as DUO writes them: PO or VO followed by four digits, e.g. PO2001, VO2304. */
    public static final Pattern SWV_CODE = Pattern.compile("(PO|VO)\\d{4}");

    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionDirectory(Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.regions = regions;
        this.events = events;
    }

    public Optional<Region> find(UUID id) {
        return regions.findById(id);
    }

    public Optional<Region> findByCode(String code) {
        return regions.findByCodeIgnoreCase(code.trim());
    }

    @OperatorOnly
    public List<Region> all() {
        return regions.findAllByOrderByNameAsc();
    }

    public List<Region> byIds(Collection<UUID> ids) {
        return regions.findAllById(ids).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .toList();
    }

    @OperatorOnly
    public boolean codeTaken(String code) {
        return regions.existsByCodeIgnoreCase(code.trim());
    }

    /** A suspended region's people cannot log in to it or keep working in it. */
    @Transactional
    @OperatorOnly
    public Region suspend(UUID id) {
        return changeStatus(id, Region::suspend);
    }

    @Transactional
    @OperatorOnly
    public Region reactivate(UUID id) {
        return changeStatus(id, Region::reactivate);
    }

    /** Ends a suspended region (see {@link Region#end()}). */
    @Transactional
    @OperatorOnly
    public Region end(UUID id) {
        return changeStatus(id, Region::end);
    }

    /** Applies a status change, flushes it (a concurrent change surfaces here) and tells every listener. */
    private Region changeStatus(UUID id, java.util.function.Consumer<Region> change) {
        Region region = regions.findById(id).orElseThrow();
        change.accept(region);
        Region saved = regions.saveAndFlush(region);
        events.publishEvent(new RegionStatusChanged(id, saved.getStatus()));
        return saved;
    }

    public boolean isActive(UUID id) {
        return regions.findById(id).map(Region::isActive).orElse(false);
    }

    @Transactional
    @OperatorOnly
    public Region register(String code, String name, Sector sector) {
        String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SWV_CODE.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Invalid SWV code: " + code);
        }
        if (!normalized.startsWith(sector.name())) {
            throw new IllegalArgumentException("SWV code " + normalized + " does not match sector " + sector);
        }
        if (regions.existsByCodeIgnoreCase(normalized)) {
            throw new IllegalArgumentException("SWV code already registered: " + normalized);
        }
        return regions.save(new Region(UUID.randomUUID(), normalized, name.trim(), sector, clock.instant()));
    }
}
