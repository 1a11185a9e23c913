package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fetching from DUO and the monthly check, against a local stand-in for DUO (a JDK HTTP server
 * serving the fixture) that the operator's addresses point at: the check records what an import
 * would change, applies nothing, and is no longer shown once the region imports.
 */
@TenantAdminTest
@nl.uitzicht.testing.WithRole(system = true)
class DuoCheckTest {

    static final HttpServer DUO = standIn();

    static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            for (String name : List.of("scholen-per-swv.csv", "vestigingen.csv")) {
                byte[] bytes = DuoImportTest.fixture(name);
                server.createContext("/" + name, exchange -> {
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (var out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                });
            }
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void duoAddresses(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + DUO.getAddress().getPort();
        properties.add("uitzicht.duo.swv-urls.po", () -> base + "/scholen-per-swv.csv");
        properties.add("uitzicht.duo.locations-urls.bao", () -> base + "/vestigingen.csv");
    }

    @AfterAll
    static void stop() {
        DUO.stop(0);
    }

    @Autowired
    DuoCheck check;

    @Autowired
    DuoOpenData openData;

    @Autowired
    DuoImport duoImport;

    @Autowired
    ImportHistory history;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    SchoolDirectory schools;

    @Test
    void theMonthlyCheckTellsWhatDuoWouldChangeAppliesNothingAndIsGoneAfterAnImport() {
        UUID region = provisioning.provision("PO2801", "SWV check", Sector.PO).getId();
        UUID other = provisioning
                .provision("VO2801", "SWV VO, geen adressen", Sector.VO)
                .getId();
        List<DuoFile> fetched = TenantContext.callAs(region, openData::fetch);
        assertThat(fetched)
                .extracting(DuoFile::name, DuoFile::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("scholen-per-swv.csv", null),
                        org.assertj.core.groups.Tuple.tuple("vestigingen.csv", LocationKind.BAO));
        assertThat(TenantContext.callAs(other, openData::available))
                .as("no VO addresses configured")
                .isFalse();
        TenantContext.runAs(
                region,
                () -> duoImport.apply(
                        DuoImportTest.filesWithout("59BM00"),
                        new ImportChoices(Set.of(), false, null, ImportChoices.ImportOrigin.UPLOAD),
                        DuoImportTest.ADMIN));
        int before = TenantContext.callAs(region, schools::all).size();
        assertThat(TenantContext.callAs(region, history::pendingCheck)).isEmpty();

        check.checkAll();

        assertThat(TenantContext.callAs(region, history::pendingCheck)).hasValueSatisfying(c -> {
            assertThat(c.added()).isEqualTo(1);
            assertThat(c.changed()).isZero();
            assertThat(c.closed()).isZero();
        });
        assertThat(TenantContext.callAs(region, schools::all))
                .as("the check applies nothing")
                .hasSize(before);
        assertThat(TenantContext.callAs(other, history::pendingCheck)).isEmpty();

        TenantContext.runAs(
                region,
                () -> duoImport.apply(
                        fetched,
                        new ImportChoices(Set.of(), false, null, ImportChoices.ImportOrigin.DUO),
                        DuoImportTest.ADMIN));
        assertThat(TenantContext.callAs(region, history::pendingCheck))
                .as("imported since")
                .isEmpty();
        assertThat(TenantContext.callAs(region, () -> history.recent(5))
                        .getFirst()
                        .origin())
                .isEqualTo(ImportChoices.ImportOrigin.DUO);
    }
}
