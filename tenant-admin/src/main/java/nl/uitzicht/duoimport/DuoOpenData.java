package nl.uitzicht.duoimport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Fetches DUO's current files for the region's sector from DUO's open-data addresses. The addresses
 * are the operator's configuration ({@code uitzicht.duo.swv-urls.po|vo},
 * {@code uitzicht.duo.locations-urls.bao|sbo|so-vso|vo}), so a test or an air-gapped install points
 * them at its own server; a region never gives an address. Each locations file carries the kind of
 * the address it came from (none when one address serves several kinds: its own column decides, or
 * the administrator).
 */
@Service
public class DuoOpenData {

    private final RegionDirectory regions;
    private final Map<Sector, String> swvUrls = new EnumMap<>(Sector.class);
    private final Map<LocationKind, String> locationUrls = new EnumMap<>(LocationKind.class);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    DuoOpenData(
            RegionDirectory regions,
            @Value("${uitzicht.duo.swv-urls.po:}") String swvPo,
            @Value("${uitzicht.duo.swv-urls.vo:}") String swvVo,
            @Value("${uitzicht.duo.locations-urls.bao:}") String bao,
            @Value("${uitzicht.duo.locations-urls.sbo:}") String sbo,
            @Value("${uitzicht.duo.locations-urls.so-vso:}") String soVso,
            @Value("${uitzicht.duo.locations-urls.vo:}") String vo) {
        this.regions = regions;
        put(swvUrls, Sector.PO, swvPo);
        put(swvUrls, Sector.VO, swvVo);
        put(locationUrls, LocationKind.BAO, bao);
        put(locationUrls, LocationKind.SBO, sbo);
        put(locationUrls, LocationKind.SO_VSO, soVso);
        put(locationUrls, LocationKind.VO, vo);
    }

    private static <K> void put(Map<K, String> map, K key, String url) {
        if (!url.isBlank()) {
            map.put(key, url.trim());
        }
    }

    /** The kinds of school whose locations a region of this sector needs. */
    static List<LocationKind> kindsFor(Sector sector) {
        return sector == Sector.VO
                ? List.of(LocationKind.VO, LocationKind.SO_VSO)
                : List.of(LocationKind.BAO, LocationKind.SBO, LocationKind.SO_VSO);
    }

    /** The operator configured the SWV file and at least one locations file for the current region's sector. */
    @RegionAdminOnly
    public boolean available() {
        return configured(region().getSector());
    }

    /** The operator configured the SWV file and at least one locations file for this sector. */
    boolean configured(Sector sector) {
        return swvUrls.containsKey(sector) && kindsFor(sector).stream().anyMatch(locationUrls::containsKey);
    }

    /** Downloads the current files; throws {@link DuoFileException} when DUO (or the configured server) fails. */
    @RegionAdminOnly
    public List<DuoFile> fetch() {
        return fetch(region().getSector());
    }

    /** Downloads the current files of a sector (for the monthly check, which runs with no region bound). */
    List<DuoFile> fetch(Sector sector) {
        String swv = swvUrls.get(sector);
        if (swv == null) {
            throw new DuoFileException("admin.duo.error.notConfigured");
        }
        Map<String, @Nullable LocationKind> addresses = new LinkedHashMap<>();
        for (LocationKind kind : kindsFor(sector)) {
            String url = locationUrls.get(kind);
            if (url != null) {
                // one address serving several kinds: the file's own column (or the administrator) decides
                addresses.put(url, addresses.containsKey(url) ? null : kind);
            }
        }
        if (addresses.isEmpty()) {
            throw new DuoFileException("admin.duo.error.notConfigured");
        }
        List<DuoFile> files = new ArrayList<>();
        files.add(download(swv, null));
        addresses.forEach((url, kind) -> files.add(download(url, kind)));
        return files;
    }

    private Region region() {
        return regions.find(TenantContext.require()).orElseThrow();
    }

    private DuoFile download(String url, @Nullable LocationKind kind) {
        URI uri = URI.create(url);
        String name = uri.getPath() == null || uri.getPath().isEmpty()
                ? uri.getHost()
                : uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofMinutes(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DuoFileException("admin.duo.error.download", url, "HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(DuoLimits.MAX_FILE_BYTES + 1);
                return new DuoFile(name, bytes, kind);
            }
        } catch (IOException e) {
            throw new DuoFileException("admin.duo.error.download", url, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DuoFileException("admin.duo.error.download", url, "interrupted");
        }
    }
}
