package nl.uitzicht.api;

import java.util.List;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schools of a region. The security chain has already checked the token is of this region. */
@RestController
@RequestMapping("/api/v1/regions/{region}/schools")
class SchoolsApi {

    private final SchoolDirectory schools;

    SchoolsApi(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping
    List<SchoolResource> list(@PathVariable String region) {
        return schools.all().stream().map(SchoolResource::of).toList();
    }

    record SchoolResource(String brin, String vestiging, String name, String type, String municipality,
                          int pupilCount) {
        static SchoolResource of(SchoolSummary s) {
            return new SchoolResource(s.brin(), s.vestiging(), s.name(), s.type().name(),
                    s.municipality() == null ? "" : s.municipality(), s.pupilCount());
        }
    }
}
