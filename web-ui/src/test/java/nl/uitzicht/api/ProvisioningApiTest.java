package nl.uitzicht.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.security.TestOidcServer;
import nl.uitzicht.tenancy.Sector;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The provisioning API with real JWTs of a region's own provider (mock-oauth2-server): schools and
 * people, validation in Dutch, optimistic locking, the REGION_ADMIN role required, and the
 * published OpenAPI description.
 */
@AppTest
class ProvisioningApiTest {

    static final MockOAuth2Server oidc = TestOidcServer.shared();
    static final String REGION = "PO2811";

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    IdentityProviderSettings providers;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    nl.uitzicht.tenancy.RegionDirectory regions;

    @Autowired
    nl.uitzicht.duoimport.DuoImport duoImport;

    @Autowired
    nl.uitzicht.duoimport.ImportHistory history;

    @Autowired
    nl.uitzicht.school.SchoolDirectory schools;

    final HttpClient http = HttpClient.newHttpClient();

    private void region() {
        if (regions.findByCode(REGION).isEmpty()) {
            systemWork.run(() -> {
                UUID id = provisioning
                        .provision(REGION, "SWV API-test", Sector.PO)
                        .getId();
                providers.configure(id, oidc.issuerUrl("apitest").toString(), "uitzicht-api", "secret", "email", null);
            });
        }
    }

    private String token(List<String> roles) {
        return oidc.issueToken("apitest", "onboarding-script", "uitzicht-api", Map.of("roles", roles))
                .serialize();
    }

    private HttpResponse<String> call(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void schoolsAndPeopleCanBeProvisionedByARegionAdminToken() throws Exception {
        region();
        String admin = token(List.of("REGION_ADMIN"));
        String base = "/api/v1/regions/" + REGION;

        HttpResponse<String> bad = call(
                "POST",
                base + "/schools",
                "{\"brin\":\"1A\",\"vestiging\":\"00\",\"name\":\"\",\"type\":\"BAO\",\"pupilCount\":10}",
                admin);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Vul een geldig BRIN-nummer in", "\"field\":\"name\"");

        HttpResponse<String> created = call(
                "POST",
                base + "/schools",
                "{\"brin\":\"28KA\",\"vestiging\":\"00\",\"name\":\"OBS Het Kompas\",\"type\":\"BAO\","
                        + "\"municipality\":\"Houten\",\"pupilCount\":240}",
                admin);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"code\":\"28KA00\"", "\"version\":0");

        assertThat(call(
                                "PUT",
                                base + "/schools/28KA00",
                                "{\"name\":\"IKC Het Kompas\",\"type\":\"BAO\","
                                        + "\"municipality\":\"Houten\",\"pupilCount\":250,\"version\":0}",
                                admin)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = call(
                "PUT",
                base + "/schools/28KA00",
                "{\"name\":\"Oud\",\"type\":\"BAO\"," + "\"pupilCount\":1,\"version\":0}",
                admin);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Iemand anders heeft dit intussen gewijzigd");

        HttpResponse<String> invited = call(
                "POST",
                base + "/invitations",
                "{\"email\":\"ib@kompas.nl\","
                        + "\"displayName\":\"Ina IB\",\"roles\":[\"SCHOOL_STAFF\"],\"schools\":[\"28KA00\"]}",
                admin);
        assertThat(invited.statusCode()).isEqualTo(201);
        assertThat(invited.body()).contains("\"status\":\"OPEN\"", "/uitnodiging/");
        HttpResponse<String> noSchools = call(
                "POST",
                base + "/invitations",
                "{\"email\":\"x@kompas.nl\"," + "\"displayName\":\"X\",\"roles\":[\"SCHOOL_STAFF\"]}",
                admin);
        assertThat(noSchools.statusCode()).isEqualTo(400);
        assertThat(noSchools.body()).contains("Kies de school");
        assertThat(call("GET", base + "/invitations", null, admin).body()).contains("ib@kompas.nl");
        assertThat(call("GET", base + "/people", null, admin).statusCode()).isEqualTo(200);
    }

    /** A multipart/form-data body: each file as a "files" part, then the plain fields. */
    private HttpResponse<String> upload(
            String path, String bearer, Map<String, byte[]> files, Map<String, String> fields) throws Exception {
        String boundary = "duo-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", "Bearer " + bearer)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] fixture(String name) throws java.io.IOException {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../tenant-admin/src/test/resources/duo", name));
    }

    @Test
    void theDuoImportDryRunReturnsTheSamePlanAsTheScreensServiceAndAppliesWithTheSameRules() throws Exception {
        String code = "PO2803";
        UUID id = systemWork.call(
                () -> provisioning.provision(code, "SWV DUO via API", Sector.PO).getId());
        systemWork.run(() ->
                providers.configure(id, oidc.issuerUrl("duoapi").toString(), "uitzicht-duo", "secret", "email", null));
        String admin = oidc.issueToken(
                        "duoapi", "import-script", "uitzicht-duo", Map.of("roles", List.of("REGION_ADMIN")))
                .serialize();
        String path = "/api/v1/regions/" + code + "/schools/duo-import";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("scholen-per-swv.csv", fixture("scholen-per-swv.csv"));
        files.put("vestigingen.csv", fixture("vestigingen.csv"));

        HttpResponse<String> dryRun = upload(path, admin, files, Map.of());
        assertThat(dryRun.statusCode()).isEqualTo(200);
        List<nl.uitzicht.duoimport.DuoFile> same = files.entrySet().stream()
                .map(f -> new nl.uitzicht.duoimport.DuoFile(f.getKey(), f.getValue()))
                .toList();
        nl.uitzicht.duoimport.ImportPlan screen = asRegionAdmin(id, () -> duoImport.preview(same));
        assertThat(screen.added()).hasSizeGreaterThan(5);
        assertThat(dryRun.body())
                .contains(
                        "\"fingerprint\":\"" + screen.fingerprint() + "\"",
                        "\"applicable\":true",
                        "\"applied\":false",
                        "\"unchanged\":" + screen.unchanged(),
                        "\"code\":\"" + screen.added().getFirst().code() + "\"");
        assertThat(dryRun.body().split("\"type\":").length - 1)
                .as("every added school, nothing more")
                .isEqualTo(screen.added().size());
        assertThat(asRegionAdmin(id, schools::all))
                .as("a dry run changes nothing")
                .isEmpty();

        HttpResponse<String> oneFile =
                upload(path, admin, Map.of("scholen-per-swv.csv", fixture("scholen-per-swv.csv")), Map.of());
        assertThat(oneFile.statusCode()).isEqualTo(400);
        assertThat(oneFile.body()).contains("admin.duo.error.missingLocations", "Alle schoolvestigingen");

        HttpResponse<String> applied =
                upload(path, admin, files, Map.of("dryRun", "false", "expectedPlan", screen.fingerprint()));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("\"applied\":true");
        assertThat(asRegionAdmin(id, schools::all)).hasSize(screen.added().size());
        assertThat(asRegionAdmin(id, () -> history.recent(5))).singleElement().satisfies(h -> {
            assertThat(h.origin()).isEqualTo(nl.uitzicht.duoimport.ImportChoices.ImportOrigin.API);
            assertThat(h.actorName()).isEqualTo("api:import-script");
        });

        HttpResponse<String> stale =
                upload(path, admin, files, Map.of("dryRun", "false", "expectedPlan", screen.fingerprint()));
        assertThat(stale.statusCode())
                .as("the plan of the dry run no longer holds")
                .isEqualTo(409);
    }

    /** Calls the service as a region admin of {@code region}, with a security context of its own. */
    private <T> T asRegionAdmin(UUID region, java.util.function.Supplier<T> body) {
        var holder = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        var before = holder.getContext();
        var context = holder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "test", null, "ROLE_REGION_ADMIN"));
        holder.setContext(context);
        try {
            return nl.uitzicht.tenancy.TenantContext.callAs(region, body);
        } finally {
            holder.setContext(before);
        }
    }

    @Test
    void aTokenWithoutTheRegionAdminRoleIsRefused() throws Exception {
        region();
        assertThat(call("GET", "/api/v1/regions/" + REGION + "/people", null, token(List.of("POLICY")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/regions/" + REGION + "/schools", "{}", token(List.of()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(upload(
                                "/api/v1/regions/" + REGION + "/schools/duo-import",
                                token(List.of("POLICY")),
                                Map.of("swv.csv", "ADMINISTRATIENUMMER,BRIN NUMMER\n".getBytes(StandardCharsets.UTF_8)),
                                Map.of())
                        .statusCode())
                .as("the DUO import too")
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/regions/PO2999/people", null, token(List.of("REGION_ADMIN")))
                        .statusCode())
                .as("another region")
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        HttpResponse<String> doc = call("GET", "/api/openapi", null, null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "\"openapi\":\"3.",
                        "/api/v1/regions/{region}/schools",
                        "/api/v1/regions/{region}/schools/duo-import",
                        "dryRun",
                        "expectedPlan",
                        "/api/v1/regions/{region}/invitations",
                        "bearer");
        assertThat(call("GET", "/api/openapi.yaml", null, null).statusCode()).isEqualTo(200);
    }
}
