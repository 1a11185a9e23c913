package nl.uitzicht.demo;

import java.util.Set;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.demo.generator.SyntheticData;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: enough synthetic OPPs in the other demo schools of PO2999 for the dashboard to show more than
 * "&lt; 5" (150 OPPs, 30 of them scored with consensus). Runs after the demo OPPs; once.
 */
@Order(20)
class DemoAnalysisData implements ApplicationRunner {

    /** The demo school staff's own schools keep only the hand-written demo OPPs in their lists. */
    private static final Set<String> STAFF_SCHOOLS = Set.of("99AA00", "99AB00");

    private final RegionDirectory regions;
    private final SyntheticData data;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    private final SystemWork systemWork;

    DemoAnalysisData(
            SystemWork systemWork,
            RegionDirectory regions,
            SyntheticData data,
            JdbcTemplate jdbc,
            TransactionTemplate tx) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.data = data;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        regions.findByCode("PO2999")
                .ifPresent(region -> TenantContext.runAs(region.getId(), () -> {
                    Integer generated = tx.execute(s -> jdbc.queryForObject(
                            "select count(*) from opp where created_by = 'generator'", Integer.class));
                    if (generated != null && generated == 0) {
                        data.fill(
                                new SyntheticData.Scale(0, 600, 150, 30, 0),
                                2999,
                                school -> !STAFF_SCHOOLS.contains(school.code()));
                    }
                }));
    }
}
