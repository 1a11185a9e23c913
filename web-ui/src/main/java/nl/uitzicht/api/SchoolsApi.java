package nl.uitzicht.api;

import java.util.List;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schools of a region. The security chain has already checked the token is of this region; the
 * token must also carry the REGION_ADMIN role, as for the rest of /api/v1 (the provisioning API of the
 * same resource, {@link SchoolProvisioningApi}): the API is the region admins' scripting interface, and
 * a token of the region's identity provider without a role (any employee's) must not list the schools.
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/schools")
@PreAuthorize("hasRole('REGION_ADMIN')")
class SchoolsApi {

    private final SchoolDirectory schools;

    SchoolsApi(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping
    List<SchoolResource> list(@PathVariable String region) {
        return schools.all().stream().map(SchoolResource::of).toList();
    }

    record SchoolResource(
            String brin, String vestiging, String name, String type, String municipality, int pupilCount) {
        static SchoolResource of(SchoolSummary s) {
            return new SchoolResource(
                    s.brin(),
                    s.vestiging(),
                    s.name(),
                    s.type().name(),
                    s.municipality() == null ? "" : s.municipality(),
                    s.pupilCount());
        }
    }
}
