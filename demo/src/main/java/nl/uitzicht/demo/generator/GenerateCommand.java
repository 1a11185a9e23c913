package nl.uitzicht.demo.generator;

import java.util.UUID;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data generator, as a one-off run of the application (see README, "Data at scale"):
 * {@code --uitzicht.generate.enabled=true} makes one large region (code {@code uitzicht.generate.region},
 * default PO2998: 250 schools, 100,000 pupils, 5,000 OPPs, 20,000+ checklist scores) and
 * {@code uitzicht.generate.national} smaller regions (default 150: PO3001..), then stops the app.
 * Regions that already exist are skipped, so it can be re-run.
 */
@Order(100)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final RegionDirectory regions;
    private final SupportCategories categories;
    private final SyntheticData data;
    private final ConfigurableApplicationContext context;
    private final String largeCode;
    private final int national;

    private final SystemWork systemWork;
    private final JdbcTemplate jdbc;

    GenerateCommand(
            SystemWork systemWork,
            JdbcTemplate jdbc,
            RegionDirectory regions,
            SupportCategories categories,
            SyntheticData data,
            ConfigurableApplicationContext context,
            @Value("${uitzicht.generate.region:PO2998}") String largeCode,
            @Value("${uitzicht.generate.national:150}") int national) {
        this.systemWork = systemWork;
        this.jdbc = jdbc;
        this.regions = regions;
        this.categories = categories;
        this.data = data;
        this.context = context;
        this.largeCode = largeCode;
        this.national = national;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        long start = System.nanoTime();
        // 5,000 OPPs x 15 items: 1,400 scored OPPs give 2 x 21,000 rater scores and 21,000 consensus scores.
        generate(
                largeCode, "Grote testregio (gegenereerd)", new SyntheticData.Scale(250, 100_000, 5_000, 1_400, 12), 1);
        for (int i = 1; i <= national; i++) {
            generate(
                    String.format("PO%04d", 3000 + i),
                    "Testregio " + i + " (gegenereerd)",
                    new SyntheticData.Scale(25, 8_000, 300, 20, 2),
                    1000L + i);
        }
        log.info("Data generation done in {} s", (System.nanoTime() - start) / 1_000_000_000L);
        SpringApplication.exit(context, () -> 0);
    }

    private void generate(String code, String name, SyntheticData.Scale scale, long seed) {
        if (regions.findByCode(code).isPresent()) {
            log.info("Region {} exists; skipped", code);
            return;
        }
        UUID region = regions.register(code, name, Sector.PO).getId();
        // A region of generated data: its generated plans may be offered for scoring there (issue 14 point 7).
        jdbc.update("update region set synthetic = true where id = ?", region);
        TenantContext.runAs(region, categories::installDefaults);
        SyntheticData.Result result = TenantContext.callAs(region, () -> data.fill(scale, seed));
        log.info("{}: {}", code, result);
    }
}
