package nl.uitzicht.demo.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.DashboardProbe;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.demo.benchmark.StatementRecorder.Statement;
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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The region dashboard benchmark (docs/performance.md), as a one-off run of the application:
 * {@code --uitzicht.benchmark.enabled=true}. Not a test: it measures and reports, it asserts no timing.
 *
 * <p>For region {@code uitzicht.benchmark.region} (default PO2998) and one small region for comparison
 * ({@code uitzicht.benchmark.compare-region}, default PO3001), with the default filter (last 12 months,
 * all schools), after {@code uitzicht.benchmark.warmup} rounds it times {@code uitzicht.benchmark.iterations}
 * rounds of, in turn:
 * <ol>
 * <li><b>cold</b>: {@link RegionDashboard#load} with an empty cache (PostgreSQL, Java, the Redis write);
 * <li><b>warm</b>: the same call again, served from the cache (plus reading the data version, which is
 * also timed alone);
 * <li><b>plain SQL</b>: the very statements the dashboard runs (recorded once with a
 * {@link StatementRecorder}), replayed with the app's JdbcTemplate and pool as the app role under RLS,
 * in one read-only transaction, every row read; the sum of the statements' times;
 * <li><b>no RLS</b>: the same statements as the schema owner, which bypasses RLS, with the tenant
 * written into every table reference ({@link TenantPredicates}); checked to give identical rows first.
 * </ol>
 * Then it logs the medians and 95th percentiles in ms and the ratios ({@link BenchmarkReport}), and stops
 * the application. The cold time also covers what the plain SQL leaves out: two transactions, the JPA reads
 * of basic support, building the dashboard and serializing it into Redis.
 */
@Order(200)
class DashboardBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);

    private final RegionDirectory regions;
    private final RegionDashboard dashboard;
    private final DashboardProbe probe;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ConfigurableApplicationContext context;
    private final List<String> codes;
    private final int warmup;
    private final int iterations;
    private final String ownerUser;
    private final String ownerPassword;

    private final SystemWork systemWork;

    private final Clock clock;

    DashboardBenchmark(
            SystemWork systemWork,
            RegionDirectory regions,
            RegionDashboard dashboard,
            DashboardProbe probe,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ConfigurableApplicationContext context,
            @Value("${uitzicht.benchmark.region:PO2998}") String region,
            @Value("${uitzicht.benchmark.compare-region:PO3001}") String compareRegion,
            @Value("${uitzicht.benchmark.warmup:10}") int warmup,
            @Value("${uitzicht.benchmark.iterations:50}") int iterations,
            @Value("${spring.liquibase.user}") String ownerUser,
            @Value("${spring.liquibase.password:}") String ownerPassword,
            Clock clock) {
        this.clock = clock;
        this.systemWork = systemWork;
        this.regions = regions;
        this.dashboard = dashboard;
        this.probe = probe;
        this.jdbc = jdbc;
        this.readOnly = readOnly(transactions);
        this.context = context;
        this.codes = compareRegion.isBlank() ? List.of(region) : List.of(region, compareRegion);
        if (warmup < 0 || iterations < 1) {
            throw new IllegalArgumentException("uitzicht.benchmark.warmup must be >= 0 and iterations >= 1");
        }
        this.warmup = warmup;
        this.iterations = iterations;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        double loadBefore = loadAverage();
        List<BenchmarkReport.Region> results = new ArrayList<>();
        for (String code : codes) {
            results.add(measure(code));
        }
        log.info(BenchmarkReport.format(LocalDate.now(clock), results, warmup, loadBefore, loadAverage()));
        SpringApplication.exit(context, () -> 0);
    }

    private BenchmarkReport.Region measure(String code) {
        UUID region = regions.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("No region " + code))
                .getId();
        LocalDate today = LocalDate.now(clock);
        DashboardFilter filter = DashboardFilter.currentSchoolYear(today);
        // Bind the region before any transaction begins: the transaction manager sets app.tenant_id at BEGIN.
        List<Statement> statements = TenantContext.callAs(region, () -> readOnly.execute(tx -> record(filter, today)));
        String url = Objects.requireNonNull(
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL()));
        SingleConnectionDataSource ownerSource = new SingleConnectionDataSource(url, ownerUser, ownerPassword, true);
        try {
            JdbcTemplate owner = new JdbcTemplate(ownerSource);
            TransactionTemplate ownerReadOnly = readOnly(new DataSourceTransactionManager(ownerSource));
            List<Statement> explicit = explicitTenant(owner, statements, region);
            List<Integer> rowCounts = verify(statements, explicit, region, ownerReadOnly, owner);
            BenchmarkReport.Region result = new BenchmarkReport.Region(code, statements, rowCounts);
            Supplier<double[]> rls = () -> Objects.requireNonNull(
                    TenantContext.callAs(region, () -> readOnly.execute(tx -> replay(jdbc, statements))));
            Supplier<double[]> noRls =
                    () -> Objects.requireNonNull(ownerReadOnly.execute(tx -> replay(owner, explicit)));
            for (int i = 0; i < warmup + iterations; i++) {
                probe.forgetAll();
                double cold = millis(() -> TenantContext.callAs(region, () -> dashboard.load(filter, today)));
                double warm = millis(() -> TenantContext.callAs(region, () -> dashboard.load(filter, today)));
                probe.forgetThisNode();
                double fromRedis = millis(() -> TenantContext.callAs(region, () -> dashboard.load(filter, today)));
                double version = millis(() -> TenantContext.callAs(region, probe::dataVersion));
                long current = TenantContext.callAs(region, probe::dataVersion);
                double redisRead =
                        millis(() -> TenantContext.callAs(region, () -> probe.cached(filter, today, current)));
                // The two replays take turns going first, so neither always runs on warmer caches.
                double[] withRls;
                double[] withoutRls;
                if (i % 2 == 0) {
                    withRls = rls.get();
                    withoutRls = noRls.get();
                } else {
                    withoutRls = noRls.get();
                    withRls = rls.get();
                }
                if (i >= warmup) {
                    result.rounds()
                            .add(new BenchmarkReport.Round(
                                    cold, warm, fromRedis, version, redisRead, withRls, withoutRls));
                }
            }
            return result;
        } finally {
            ownerSource.destroy();
        }
    }

    /** The dashboard's statements, captured by computing it once more, uncached, through a recorder. */
    private List<Statement> record(DashboardFilter filter, LocalDate today) {
        StatementRecorder recorder = new StatementRecorder(jdbc);
        probe.computeWith(recorder, filter, today);
        return recorder.statements();
    }

    /** The statements as the owner runs them: every tenant table (those under RLS) with the tenant spelled out. */
    private static List<Statement> explicitTenant(JdbcTemplate owner, List<Statement> statements, UUID region) {
        Boolean bypasses = owner.queryForObject(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class);
        if (!Boolean.TRUE.equals(bypasses)) {
            throw new IllegalStateException(
                    "The owner role (spring.liquibase.user) does not bypass row-level security");
        }
        List<String> tenantTables = owner.queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where c.relkind = 'r' and c.relrowsecurity and c.relnamespace = current_schema()::regnamespace
                """, String.class);
        TenantPredicates predicates = new TenantPredicates(tenantTables);
        return statements.stream()
                .map(s -> new Statement(predicates.rewrite(s.sql(), region), s.args()))
                .toList();
    }

    /** Both variants must give the same rows (in any order), or the comparison means nothing. */
    private List<Integer> verify(
            List<Statement> statements,
            List<Statement> explicit,
            UUID region,
            TransactionTemplate ownerReadOnly,
            JdbcTemplate owner) {
        List<Integer> rowCounts = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement rls = statements.get(i);
            Statement plain = explicit.get(i);
            List<List<Object>> a = TenantContext.callAs(region, () -> readOnly.execute(tx -> rows(jdbc, rls)));
            List<List<Object>> b = ownerReadOnly.execute(tx -> rows(owner, plain));
            if (!counted(Objects.requireNonNull(a)).equals(counted(Objects.requireNonNull(b)))) {
                throw new IllegalStateException("Statement " + (i + 1) + " gives other rows without RLS (" + a.size()
                        + " vs " + b.size() + " rows):\n" + rls.sql() + "\n--- rewritten:\n" + plain.sql());
            }
            rowCounts.add(a.size());
            log.debug(
                    "Statement {} with {}:\n{}\n--- without RLS:\n{}",
                    i + 1,
                    Arrays.toString(rls.args()),
                    rls.sql(),
                    plain.sql());
        }
        return rowCounts;
    }

    private static Map<List<Object>, Long> counted(List<List<Object>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Runs each statement, reading every row and column; returns each statement's time in ms. */
    private static double[] replay(JdbcTemplate template, List<Statement> statements) {
        double[] times = new double[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            times[i] = millis(() -> rows(template, s));
        }
        return times;
    }

    private static List<List<Object>> rows(JdbcTemplate template, Statement statement) {
        return template.query(
                statement.sql(),
                (rs, n) -> {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    return row;
                },
                statement.args());
    }

    private static double millis(Runnable body) {
        long start = System.nanoTime();
        body.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
