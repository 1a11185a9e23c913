package nl.uitzicht.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provisioning of a region's schools: add, edit (optimistic locking with {@code version}), close
 * and reopen, addressed by BRIN plus vestigingsnummer (e.g. {@code 12AB00}). Needs a token of the
 * region's own identity provider with the REGION_ADMIN role.
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/schools")
@PreAuthorize("hasRole('REGION_ADMIN')")
@Tag(name = "Schools", description = "The region's schools (vestigingen)")
@SecurityRequirement(name = "bearer")
class SchoolProvisioningApi {

    private final SchoolDirectory schools;
    private final Clock clock;

    SchoolProvisioningApi(SchoolDirectory schools, Clock clock) {
        this.clock = clock;
        this.schools = schools;
    }

    /** A school as sent by a client. */
    record SchoolInput(
            String brin,
            String vestiging,
            String name,
            SchoolType type,
            @Nullable String municipality,
            @Nullable Integer pupilCount) {
        SchoolDetails details() {
            return new SchoolDetails(
                    brin == null ? "" : brin,
                    vestiging == null ? "" : vestiging,
                    name == null ? "" : name,
                    type == null ? SchoolType.BAO : type,
                    municipality,
                    pupilCount == null ? 0 : pupilCount);
        }
    }

    /** Changes to a school, with the version it was read at. */
    record SchoolChange(
            String name, SchoolType type, @Nullable String municipality, int pupilCount, long version) {
        // pupilCount is required here: an edit states the whole school
    }

    /** The version the change is based on. */
    record VersionedAction(long version, @Nullable LocalDate on) {}

    record SchoolOutput(
            String code,
            String brin,
            String vestiging,
            String name,
            SchoolType type,
            @Nullable String municipality,
            int pupilCount,
            @Nullable LocalDate closedOn,
            long version) {
        static SchoolOutput of(SchoolSummary s) {
            return new SchoolOutput(
                    s.code(),
                    s.brin(),
                    s.vestiging(),
                    s.name(),
                    s.type(),
                    s.municipality(),
                    s.pupilCount(),
                    s.closedOn(),
                    s.version());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a school")
    SchoolOutput add(@PathVariable String region, @RequestBody SchoolInput input) {
        return SchoolOutput.of(schools.add(input.details()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Edit a school's name, type, municipality and pupil count")
    SchoolOutput edit(@PathVariable String region, @PathVariable String code, @RequestBody SchoolChange change) {
        SchoolSummary school = find(code);
        return SchoolOutput.of(schools.edit(
                school.id(),
                change.version(),
                new SchoolDetails(
                        school.brin(),
                        school.vestiging(),
                        change.name() == null ? "" : change.name(),
                        change.type() == null ? school.type() : change.type(),
                        change.municipality(),
                        change.pupilCount())));
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "Close a school (from today, or from the given date)")
    SchoolOutput close(@PathVariable String region, @PathVariable String code, @RequestBody VersionedAction action) {
        SchoolSummary school = find(code);
        return SchoolOutput.of(
                schools.close(school.id(), action.version(), action.on() == null ? LocalDate.now(clock) : action.on()));
    }

    @PostMapping("/{code}/reopen")
    @Operation(summary = "Reopen a closed school")
    SchoolOutput reopen(@PathVariable String region, @PathVariable String code, @RequestBody VersionedAction action) {
        return SchoolOutput.of(schools.reopen(find(code).id(), action.version()));
    }

    private SchoolSummary find(String code) {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.length() != 6) {
            throw new NoSuchElementException("Unknown school " + code);
        }
        return schools.findByCode(c.substring(0, 4), c.substring(4))
                .orElseThrow(() -> new NoSuchElementException("Unknown school " + code));
    }
}
