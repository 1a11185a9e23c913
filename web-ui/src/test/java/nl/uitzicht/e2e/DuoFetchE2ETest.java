package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSource;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In Chromium: a region administrator fetches the schools from a local stand-in for DUO (a JDK HTTP
 * server that the operator's DUO addresses point at), sees the preview with a missing location as a
 * warning, an SBO file whose kind comes from its address, a school added by hand that is kept, and a
 * closing with an open OPP that needs its own confirmation; applies it and sees the schools. Before
 * that, an upload of one file and of a file over the limit each get their message.
 */
@AppTest
@Tag("e2e")
class DuoFetchE2ETest {

    static final String REGION = "PO2805";
    static final String PASSWORD = "Welkom-2026";
    static final Charset LATIN = Charset.forName("windows-1252");
    static final HttpServer DUO = standIn(Map.of(
            "/po/scholen-per-swv.csv",
                    ("\uFEFFADMINISTRATIENUMMER,NAAM SAMENWERKINGSVERBAND,BRIN NUMMER,"
                                    + "VESTIGINGSNUMMER,VESTIGINGSNAAM\r\n"
                                    + "PO 28-05,SWV Test,28KA,28KA00,Basisschool 't Fûnemint\r\n"
                                    + "PO 28-05,SWV Test,28KB,28KB00,\"De Ark; locatie Noord\"\r\n"
                                    + "PO 28-05,SWV Test,28KC,28KC00,SBO De Brücke\r\n"
                                    + "PO 28-05,SWV Test,28KD,28KD00,Cañada\r\n"
                                    + "PO 28-06,SWV Ander,28LA,28LA00,Elders\r\n")
                            .getBytes(StandardCharsets.UTF_8),
            "/po/alle-vestigingen-bao.csv",
                    ("\"BRIN NUMMER\";\"VESTIGINGSNUMMER\";\"VESTIGINGSNAAM\";\"GEMEENTENAAM\";"
                                    + "\"SOORT PO\"\r\n"
                                    + "\"28KA\";\"28KA00\";\"Basisschool 't Fûnemint\";\"LEEUWARDEN\";\"Basisonderwijs\"\r\n"
                                    + "\"28KB\";\"28KB00\";\"De Ark; locatie Noord\";\"UTRECHT\";\"Basisonderwijs\"\r\n"
                                    + "\"28LA\";\"28LA00\";\"Elders\";\"ERGENS\";\"Basisonderwijs\"\r\n")
                            .getBytes(LATIN),
            "/po/alle-vestigingen-sbo.csv",
                    ("BRIN NUMMER,VESTIGINGSNUMMER,VESTIGINGSNAAM,GEMEENTENAAM\n" + "28KC,00,SBO De Brücke,Houten\n")
                            .getBytes(StandardCharsets.UTF_8)));

    static HttpServer standIn(Map<String, byte[]> files) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            files.forEach((path, bytes) -> server.createContext(path, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/csv");
                exchange.sendResponseHeaders(200, bytes.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void duoAddresses(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + DUO.getAddress().getPort();
        properties.add("uitzicht.duo.swv-urls.po", () -> base + "/po/scholen-per-swv.csv");
        properties.add("uitzicht.duo.locations-urls.bao", () -> base + "/po/alle-vestigingen-bao.csv");
        properties.add("uitzicht.duo.locations-urls.sbo", () -> base + "/po/alle-vestigingen-sbo.csv");
        properties.add("uitzicht.duo.locations-urls.so-vso", () -> "");
    }

    @AfterAll
    static void stopDuo() {
        DUO.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAdministratorFetchesFromDuoConfirmsTheClosingAppliesAndSeesTheSchools() throws IOException {
        UUID region = systemWork.call(() ->
                provisioning.provision(REGION, "SWV Fetch-test", Sector.PO).getId());
        systemWork.run(() -> {
            var admin = accounts.createAccount("beheer@fetch.test", "Femke Beheer", PASSWORD);
            accounts.grant(admin.id(), region, Role.REGION_ADMIN, Set.of());
        });
        // a school from an earlier import (source DUO) with a pupil and an open OPP, and one added by hand
        SchoolSummary old = systemWork.call(() -> TenantContext.callAs(
                region, () -> schools.register("28KZ", "00", "Oude School", SchoolType.BAO, "Utrecht", 100)));
        systemWork.run(() -> TenantContext.callAs(
                region, () -> schools.register("28KY", "00", "Eigen locatie", SchoolType.SO, "Houten", 20)));
        TenantContext.runAs(
                region,
                () -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
                    jdbc.update("update school set source = ? where id = ?", SchoolSource.DUO.name(), old.id());
                    UUID pupil = UUID.randomUUID();
                    jdbc.update(
                            "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on)"
                                    + " values (?, ?, ?, 'Sam', 2016, '5', date '2024-08-20')",
                            pupil,
                            region,
                            old.id());
                    jdbc.update(
                            "insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on,"
                                    + " created_by, created_at, updated_at) values (?, ?, ?, ?, 'ACTIVE', date '2025-09-01',"
                                    + " date '2025-10-13', 'test', now(), now())",
                            UUID.randomUUID(),
                            region,
                            pupil,
                            old.id());
                }));
        Path big = Path.of("target", "duo-e2e", "groot.csv");
        Files.createDirectories(big.getParent());
        Files.write(big, new byte[21 * 1024 * 1024]);
        String base = "http://localhost:" + port;

        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.laptop();
            page.setDefaultTimeout(60_000);
            Chromium.logIn(page, base, "beheer@fetch.test", PASSWORD);
            assertThat(page.locator("#current-region")).hasText("SWV Fetch-test");
            page.navigate(base + "/scholen/duo-import");

            // one file: says which one is missing
            page.locator("#duo-upload input[type=file]")
                    .setInputFiles(Path.of("src/test/resources/duo/scholen-per-swv.csv"));
            assertThat(page.locator("#duo-file-missing"))
                    .containsText(
                            "\"Alle schoolvestigingen\" ontbreekt",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            Chromium.screenshot(page, "admin-duo-one-file");

            // over the limit: refused with the limit named
            page.locator("#duo-upload input[type=file]").setInputFiles(big);
            assertThat(page.locator("#duo-file-error")).containsText("groot.csv");
            assertThat(page.locator("#duo-file-error")).containsText("groter dan 20 MB");
            Chromium.screenshot(page, "admin-duo-too-large");

            page.locator("#duo-fetch").click();
            assertThat(page.locator("#duo-summary"))
                    .containsText(
                            "3 nieuw, 0 gewijzigd, 1 gesloten, 0 ongewijzigd",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#duo-missing-summary"))
                    .containsText("1 vestiging uit het SWV-bestand ontbreekt in de vestigingenbestanden");
            assertThat(page.locator("#duo-added")).containsText("Basisschool 't Fûnemint");
            assertThat(page.locator("#duo-added")).containsText("De Ark; locatie Noord");
            assertThat(page.locator("#duo-added")).containsText("Speciaal basisonderwijs");
            assertThat(page.locator("#duo-closed")).containsText("Oude School");
            assertThat(page.locator("#duo-kept-manual")).containsText("Eigen locatie");
            assertThat(page.locator("#duo-preview")).containsText("alle-vestigingen-sbo.csv");
            assertThat(page.locator("#duo-apply")).hasAttribute("disabled", "");
            Chromium.screenshot(page, "admin-duo-fetched-preview");

            page.locator("#duo-confirm-opps").click();
            assertThat(page.locator("#duo-apply")).not().hasAttribute("disabled", "");
            page.locator("#duo-apply").click();
            assertThat(page.locator("#schools-count"))
                    .containsText("4 scholen", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("body")).containsText("SBO De Brücke");
            Chromium.screenshot(page, "admin-duo-fetched-schools");

            page.navigate(base + "/scholen/duo-import");
            assertThat(page.locator("#duo-history")).containsText("Opgehaald bij DUO");
            assertThat(page.locator("#duo-history")).containsText("Femke Beheer");
        } finally {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
        var after = systemWork.call(() -> TenantContext.callAs(region, schools::all));
        assertThat(after)
                .extracting(SchoolSummary::code, SchoolSummary::type, SchoolSummary::open, SchoolSummary::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("28KA00", SchoolType.BAO, true, SchoolSource.DUO),
                        org.assertj.core.groups.Tuple.tuple("28KB00", SchoolType.BAO, true, SchoolSource.DUO),
                        org.assertj.core.groups.Tuple.tuple("28KC00", SchoolType.SBO, true, SchoolSource.DUO),
                        org.assertj.core.groups.Tuple.tuple("28KY00", SchoolType.SO, true, SchoolSource.MANUAL),
                        org.assertj.core.groups.Tuple.tuple("28KZ00", SchoolType.BAO, false, SchoolSource.DUO));
    }
}
