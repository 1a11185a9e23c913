package nl.uitzicht.duoimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.cluster.ScheduledOnce;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a month (on one node), fetches DUO's current files per sector and computes for every
 * active region what an import would change; keeps only the counts, which the import screen
 * shows the administrator until the next import. Never applies anything.
 */
@Service
public class DuoCheck {

    private static final Logger log = LoggerFactory.getLogger(DuoCheck.class);

    private final RegionDirectory regions;
    private final DuoOpenData openData;
    private final DuoImport duoImport;
    private final ImportHistory history;
    private final SystemWork systemWork;

    DuoCheck(
            RegionDirectory regions,
            DuoOpenData openData,
            DuoImport duoImport,
            ImportHistory history,
            SystemWork systemWork) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.openData = openData;
        this.duoImport = duoImport;
        this.history = history;
    }

    /** Once a month, on one node, as the system (nobody is signed in on a scheduler thread). */
    @Scheduled(cron = "${uitzicht.duo.check-cron:0 0 6 2 * *}", zone = "Europe/Amsterdam")
    @ScheduledOnce(name = "duo-check", lockAtMostFor = "2h", lockAtLeastFor = "1m")
    void scheduledCheck() {
        systemWork.run(this::checkAll);
    }

    /** Compares every active region with DUO's current files and records the counts; applies nothing. */
    @SystemOnly
    public void checkAll() {
        Map<Sector, List<DuoFile>> fetched = new EnumMap<>(Sector.class);
        for (Region region : regions.all()) {
            if (!region.isActive() || !openData.configured(region.getSector())) {
                continue;
            }
            try {
                List<DuoFile> files = fetched.computeIfAbsent(region.getSector(), openData::fetch);
                TenantContext.runAs(region.getId(), () -> history.recordCheck(duoImport.planForCheck(files)));
            } catch (DuoFileException e) {
                log.warn("DUO check of {} skipped: {} {}", region.getCode(), e.messageKey(), e.params());
            } catch (InvalidInput e) {
                log.warn("DUO check of {} skipped: {}", region.getCode(), e.problems());
            }
        }
    }
}
