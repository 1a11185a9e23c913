package nl.uitzicht.demo.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * Makes the UI load benchmark's accounts in a generated region and writes the users file the driver
 * ({@link UiLoad}) reads, then stops the app: {@code --uitzicht.benchmark.ui-load.users-file=PATH}.
 * One line per user: {@code role;email;password;oppId:STATE,...}.
 */
@Order(110)
class UiLoadSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UiLoadSeed.class);

    private final SystemWork systemWork;
    private final RegionDirectory regions;
    private final UiLoadUsers users;
    private final ConfigurableApplicationContext context;
    private final String code;
    private final String file;
    private final int staff;
    private final int policy;
    private final int trainers;
    private final String password;

    UiLoadSeed(
            SystemWork systemWork,
            RegionDirectory regions,
            UiLoadUsers users,
            ConfigurableApplicationContext context,
            @Value("${uitzicht.benchmark.ui-load.region:PO2998}") String code,
            @Value("${uitzicht.benchmark.ui-load.users-file}") String file,
            @Value("${uitzicht.benchmark.ui-load.staff:400}") int staff,
            @Value("${uitzicht.benchmark.ui-load.policy:75}") int policy,
            @Value("${uitzicht.benchmark.ui-load.trainers:25}") int trainers,
            @Value("${uitzicht.benchmark.ui-load.password:Laadtest-Uitzicht-26}") String password) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.users = users;
        this.context = context;
        this.code = code;
        this.file = file;
        this.staff = staff;
        this.policy = policy;
        this.trainers = trainers;
        this.password = password;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(this::work);
        SpringApplication.exit(context, () -> 0);
    }

    private void work() {
        long start = System.nanoTime();
        Region region = regions.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Region " + code + " does not exist: generate it first"));
        List<UiLoadUsers.LoadUser> made = TenantContext.callAs(
                region.getId(), () -> users.make(region.getId(), code, staff, policy, trainers, password));
        List<String> lines = new ArrayList<>();
        for (UiLoadUsers.LoadUser u : made) {
            lines.add(u.role() + ";" + u.email() + ";" + password + ";" + String.join(",", u.opps()));
        }
        try {
            Files.write(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info(
                "UI load: {} users in {} written to {} in {} s",
                made.size(),
                code,
                file,
                (System.nanoTime() - start) / 1_000_000_000L);
    }
}
