package nl.uitzicht.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.duoimport.DuoFile;
import nl.uitzicht.duoimport.DuoImport;
import nl.uitzicht.duoimport.DuoLimits;
import nl.uitzicht.duoimport.ImportChoices;
import nl.uitzicht.duoimport.ImportPlan;
import nl.uitzicht.duoimport.LocationKind;
import nl.uitzicht.security.ApiClient;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The DUO import of the screen, for scripts: the same files, the same plan, the same rules (bad
 * rows block, missing locations warn, schools added by hand kept unless named, open OPPs need
 * confirmation). A dry run (the default) only returns the plan.
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/schools/duo-import")
@PreAuthorize("hasRole('REGION_ADMIN')")
@Tag(name = "Schools", description = "The region's schools (vestigingen)")
@SecurityRequirement(name = "bearer")
class DuoImportApi {

    private final DuoImport duoImport;
    private final ApiMessages messages;

    DuoImportApi(DuoImport duoImport, ApiMessages messages) {
        this.duoImport = duoImport;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import the region's schools from DUO's files (dry run by default)",
            description = "Upload DUO's \"Scholen per samenwerkingsverband\" file and one to four \"Alle "
                    + "schoolvestigingen\" files (CSV, semicolon or comma, UTF-8 or Latin-1, at most "
                    + DuoLimits.MAX_FILE_SIZE_TEXT + " each); which file is which follows from its columns. "
                    + "With dryRun=true (default) the plan is returned and nothing changes. Rows of the region "
                    + "that are bad block the import (422, the plan lists them); locations the SWV file names "
                    + "but no locations file holds are warnings (missing) and the rest is imported. Pass the "
                    + "plan's fingerprint as expectedPlan to refuse (409) when anything changed since the dry run.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The plan (applied when dryRun=false)"),
                @ApiResponse(responseCode = "400", description = "A file cannot be used (code, message)"),
                @ApiResponse(responseCode = "409", description = "The schools changed since the dry run"),
                @ApiResponse(responseCode = "413", description = "A file is too large"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Bad rows, a locations file without its "
                                + "kind, or closings with open OPPs not confirmed; nothing changed")
            })
    PlanOutput importSchools(
            @PathVariable String region,
            @Parameter(
                            description = "The SWV file and one to four locations files",
                            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE))
                    @RequestParam("files")
                    List<MultipartFile> files,
            @Parameter(
                            description = "For a locations file without a kind-of-school column: fileName=KIND "
                                    + "(KIND one of BAO, SBO, SO_VSO, VO)")
                    @RequestParam(name = "kinds", required = false)
                    @Nullable
                    List<String> kinds,
            @Parameter(description = "Only return the plan (default true)")
                    @RequestParam(name = "dryRun", defaultValue = "true")
                    boolean dryRun,
            @Parameter(description = "Schools added by hand (BRIN + vestigingsnummer) to close as well")
                    @RequestParam(name = "closeManual", required = false)
                    @Nullable
                    List<String> closeManual,
            @Parameter(description = "Confirms closing schools that have open OPPs")
                    @RequestParam(name = "confirmClosingWithOpenOpps", defaultValue = "false")
                    boolean confirm,
            @Parameter(description = "The fingerprint of the dry run's plan; refused (409) when the plan differs")
                    @RequestParam(name = "expectedPlan", required = false)
                    @Nullable
                    String expectedPlan,
            @AuthenticationPrincipal ApiClient client) {
        List<DuoFile> duoFiles = duoFiles(files, kinds == null ? List.of() : kinds);
        if (dryRun) {
            return PlanOutput.of(duoImport.preview(duoFiles), false, messages);
        }
        ImportChoices choices = new ImportChoices(
                new HashSet<>(
                        closeManual == null
                                ? List.of()
                                : closeManual.stream()
                                        .map(c -> c.trim().toUpperCase(Locale.ROOT))
                                        .toList()),
                confirm,
                expectedPlan,
                ImportChoices.ImportOrigin.API);
        return PlanOutput.of(
                duoImport.apply(duoFiles, choices, new Actor(null, "api:" + client.subject())), true, messages);
    }

    private static List<DuoFile> duoFiles(List<MultipartFile> files, List<String> kinds) {
        Map<String, LocationKind> kindByName = new HashMap<>();
        for (String entry : kinds) {
            int eq = entry.lastIndexOf('=');
            try {
                kindByName.put(
                        entry.substring(0, Math.max(eq, 0)).trim(),
                        LocationKind.valueOf(entry.substring(eq + 1).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kinds", "admin.duo.error.kind", entry);
            }
        }
        List<DuoFile> out = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            try {
                out.add(new DuoFile(name, file.getBytes(), kindByName.get(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The plan as JSON: what is added, changed (old → new), closed, kept, the bad rows and the warnings. */
    @Schema(name = "DuoImportPlan")
    record PlanOutput(
            String fingerprint,
            boolean applicable,
            boolean applied,
            List<Added> added,
            List<Changed> changed,
            List<Closing> closed,
            List<Closing> keptManual,
            int unchanged,
            List<Problem> problems,
            List<Missing> missing,
            List<File> files) {

        static PlanOutput of(ImportPlan plan, boolean applied, ApiMessages messages) {
            return new PlanOutput(
                    plan.fingerprint(),
                    plan.applicable(),
                    applied,
                    plan.added().stream()
                            .map(d -> new Added(d.code(), d.name(), d.type().name(), d.municipality()))
                            .toList(),
                    plan.changed().stream()
                            .map(c -> new Changed(
                                    c.before().code(),
                                    c.after().name(),
                                    c.fields().stream()
                                            .map(f -> new Field(f.field(), f.before(), f.after()))
                                            .toList()))
                            .toList(),
                    closings(plan.closed()),
                    closings(plan.keptManual()),
                    plan.unchanged(),
                    plan.problems().stream()
                            .map(p -> new Problem(
                                    p.file(),
                                    p.line(),
                                    p.column(),
                                    p.messageKey(),
                                    messages.text(p.messageKey(), p.params().toArray())))
                            .toList(),
                    plan.missing().stream()
                            .map(m -> new Missing(m.code(), m.file(), m.line()))
                            .toList(),
                    plan.files().stream()
                            .map(f -> new File(
                                    f.name(),
                                    f.encoding(),
                                    f.delimiter(),
                                    f.rows(),
                                    f.swvFile(),
                                    f.typeColumn(),
                                    f.kind() == null ? null : f.kind().name(),
                                    f.needsKind()))
                            .toList());
        }

        private static List<Closing> closings(List<ImportPlan.Closing> closings) {
            return closings.stream()
                    .map(c -> new Closing(c.school().code(), c.school().name(), c.pupils(), c.openOpps()))
                    .toList();
        }
    }

    record Added(
            String code, String name, String type, @Nullable String municipality) {}

    record Changed(String code, String name, List<Field> changes) {}

    record Field(String field, String before, String after) {}

    record Closing(String code, String name, int pupils, int openOpps) {}

    record Problem(String file, long line, String column, String code, String message) {}

    record Missing(String code, String file, long line) {}

    record File(
            String name,
            String encoding,
            String delimiter,
            int rows,
            boolean swvFile,
            @Nullable String typeColumn,
            @Nullable String kind,
            boolean needsKind) {}
}
