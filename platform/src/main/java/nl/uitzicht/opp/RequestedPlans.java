package nl.uitzicht.opp;

import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.RequestHandlers;
import nl.uitzicht.pupil.PupilRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the OPP version a request to the region rests on (issue 16, ADR 0101), for the region's case
 * managers and the experts assigned to the request. The request service decides whether the reader may see the
 * request and writes the audit record; this service only reads. The same whole-plan view a rater reads ({@link
 * RaterDossier}), identified: the request carries the pupil's name, and the handlers decide about this pupil.
 */
@Service
@Transactional(readOnly = true)
@RequestHandlers
public class RequestedPlans {

    private final OppRows opps;
    private final OppVersionRows versions;
    private final PupilRegister pupils;
    private final AroundThePlan around;

    RequestedPlans(OppRows opps, OppVersionRows versions, PupilRegister pupils, AroundThePlan around) {
        this.opps = opps;
        this.versions = versions;
        this.pupils = pupils;
        this.around = around;
    }

    /**
     * The plan at one version with what was recorded around it (consent, the pupil's words, monitoring,
     * evaluations). Empty when the OPP or the version is not in the bound region (e.g. deleted by retention).
     */
    public Optional<RaterDossier> version(UUID oppId, int versionNo) {
        return opps.findById(oppId)
                .flatMap(opp -> versions.findByOppIdAndVersionNo(oppId, versionNo)
                        .map(version ->
                                around.dossier(opp, version.content(), pupils.forRequest(opp.getPupilId()), true)));
    }
}
