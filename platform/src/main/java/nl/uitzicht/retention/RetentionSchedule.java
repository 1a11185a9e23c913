package nl.uitzicht.retention;

import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.cluster.ScheduledOnce;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention job every night for every active region, on one app node of the cluster
 * ({@link ScheduledOnce}); each region in a transaction of its own, as the system, so that a failing region
 * does not hold back the others.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RegionDirectory regions;
    private final RetentionJob job;
    private final SystemWork system;

    RetentionSchedule(RegionDirectory regions, RetentionJob job, SystemWork system) {
        this.regions = regions;
        this.job = job;
        this.system = system;
    }

    @Scheduled(cron = "${uitzicht.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @ScheduledOnce(name = "retention-job", lockAtMostFor = "2h", lockAtLeastFor = "1m")
    void nightly() {
        system.run(this::allRegions);
    }

    void allRegions() {
        for (Region region : regions.all()) {
            if (!region.isActive()) {
                continue;
            }
            try {
                RetentionReport report = TenantContext.callAs(region.getId(), () -> job.run(Actor.SYSTEM));
                if (!report.files().isEmpty()) {
                    log.info(
                            "Retention in region {}: {} OPPs and {} pupils deleted",
                            region.getCode(),
                            report.opps(),
                            report.pupils());
                }
            } catch (RuntimeException e) {
                log.error("Retention in region {} failed; nothing of it was deleted", region.getCode(), e);
            }
        }
    }
}
