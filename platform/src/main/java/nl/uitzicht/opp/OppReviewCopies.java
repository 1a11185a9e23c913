package nl.uitzicht.opp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to OPPs for the analysis feature, which scores OPPs of any school in the region. The
 * caller decides whether the reader may see who the pupil is and writes the audit record.
 */
@Service
@Transactional(readOnly = true)
@AnalystsOnly
public class OppReviewCopies {

    private final OppRows opps;
    private final OppVersionRows versions;
    private final PupilRegister pupils;
    private final OppDocuments documents;
    private final OppAccess access;
    private final nl.uitzicht.tenancy.RegionDirectory regions;
    private final AroundThePlan around;

    OppReviewCopies(
            OppRows opps,
            OppVersionRows versions,
            PupilRegister pupils,
            OppDocuments documents,
            OppAccess access,
            nl.uitzicht.tenancy.RegionDirectory regions,
            AroundThePlan around) {
        this.regions = regions;
        this.around = around;
        this.opps = opps;
        this.versions = versions;
        this.pupils = pupils;
        this.documents = documents;
        this.access = access;
    }

    /**
     * The region's OPPs past the draft stage (never a discarded one), newest support first, without pupil data
     * (max 500). Generated benchmark OPPs only in a region of generated data (issue 14 point 7).
     */
    public java.util.List<OppReference> candidates() {
        boolean syntheticRegion = syntheticRegion();
        return opps
                .findAll(org.springframework.data.domain.Sort.by("supportStartedOn")
                        .descending())
                .stream()
                .filter(o -> o.getState() != OppState.DRAFT && o.getState() != OppState.DISCARDED)
                .filter(o -> syntheticRegion || !o.isSynthetic())
                .limit(500)
                .map(o -> new OppReference(
                        o.getId(), o.getSchoolId(), o.getState(), o.deadlines().supportStartedOn()))
                .toList();
    }

    /** The school of an OPP, if it exists in the bound region. */
    public Optional<UUID> schoolOf(UUID oppId) {
        return opps.findById(oppId).map(Opp::getSchoolId);
    }

    /**
     * The school of an OPP that may be put in a scoring round of the bound region: it exists there, and it is
     * not generated benchmark data unless the region is one of generated data.
     */
    public Optional<UUID> schoolOfScorable(UUID oppId) {
        boolean syntheticRegion = syntheticRegion();
        return opps.findById(oppId)
                .filter(o -> syntheticRegion || !o.isSynthetic())
                .map(Opp::getSchoolId);
    }

    /** The version of an OPP that is current now (what a round fixes when it starts), if it exists in the region. */
    public OptionalInt currentVersion(UUID oppId) {
        return opps.findById(oppId)
                .map(o -> OptionalInt.of(o.getCurrentVersionNo()))
                .orElse(OptionalInt.empty());
    }

    /**
     * The whole plan at one version, for a rater (issue 18): see {@link RaterDossier}. Pseudonymised unless
     * {@code identified}. Empty when the OPP or the version is not in the bound region (e.g. deleted by retention).
     */
    public Optional<RaterDossier> dossier(UUID oppId, int versionNo, boolean identified) {
        return opps.findById(oppId)
                .flatMap(opp -> versions.findByOppIdAndVersionNo(oppId, versionNo)
                        .map(version -> around.dossier(
                                opp, version.content(), pupils.forReview(opp.getPupilId()), identified)));
    }

    private boolean syntheticRegion() {
        return regions.find(nl.uitzicht.tenancy.TenantContext.require())
                .map(nl.uitzicht.tenancy.Region::isSynthetic)
                .orElse(false);
    }

    public Optional<OppReviewCopy> find(UUID oppId, boolean identified) {
        return opps.findById(oppId).map(opp -> {
            OppContent content = versions.findByOppIdAndVersionNo(opp.getId(), opp.getCurrentVersionNo())
                    .orElseThrow()
                    .content();
            return copy(opp, content, pupils.forReview(opp.getPupilId()), identified);
        });
    }

    /**
     * The review copy of {@code content}: pseudonymised unless {@code identified}, then without name, group or
     * birth year and with the pupil's name taken out of the free texts too.
     */
    static OppReviewCopy copy(Opp opp, OppContent content, PupilSummary pupil, boolean identified) {
        return identified
                ? new OppReviewCopy(
                        opp.getId(),
                        opp.getSchoolId(),
                        pupil.name(),
                        pupil.birthYear(),
                        pupil.group(),
                        opp.getState(),
                        opp.deadlines(),
                        content,
                        closedOn(opp))
                : new OppReviewCopy(
                        opp.getId(),
                        opp.getSchoolId(),
                        null,
                        null,
                        null,
                        opp.getState(),
                        opp.deadlines(),
                        content.mapText(new NameScrubber(pupil.name())::scrub),
                        closedOn(opp));
    }

    private static @Nullable LocalDate closedOn(Opp opp) {
        OppEnding ending = opp.ending();
        return ending == null ? null : ending.closedOn();
    }

    /**
     * The page count of the OPP's printed form (A4 PDF), as the OPP editor shows it. Outside this class's
     * transaction: the plan is read in a short one of its own and the PDF rendered after it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int pageCount(UUID oppId) {
        return documents.pages(() -> {
            Opp opp = opps.findById(oppId).orElseThrow();
            return access.plan(opp, pupils.forReview(opp.getPupilId()));
        });
    }
}
