package nl.uitzicht.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.AnalystsOnly;
import nl.uitzicht.access.TrainerOrRegionAdmin;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SecretCipher;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OPPs written elsewhere (PDF, DOCX) uploaded into a scoring round (issue 18, ADR 0096). The round's organiser
 * (or a region admin) uploads; the file and its text are stored sealed with the app key; the uploader alone sees
 * the masked text, adds terms to mask and confirms; only then does the OPP join the round like an Uitzicht OPP,
 * and its raters read the masked text alone. Every read and change is audited, without content.
 */
@Service
@Transactional
@AnalystsOnly
public class OppUploads {

    static final String AUDIT_SUBJECT = "OPP_UPLOAD";
    static final int MAX_TERMS = 50;
    static final int MAX_TERM_LENGTH = 100;

    private final OppUploadRows uploads;
    private final RoundRows rounds;
    private final RaterRows raters;
    private final RoundVisibility visibility;
    private final SchoolDirectory schools;
    private final SecretCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    OppUploads(
            OppUploadRows uploads,
            RoundRows rounds,
            RaterRows raters,
            RoundVisibility visibility,
            SchoolDirectory schools,
            SecretCipher cipher,
            AuditLog audit,
            Clock clock) {
        this.uploads = uploads;
        this.rounds = rounds;
        this.raters = raters;
        this.visibility = visibility;
        this.schools = schools;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads the file (a PDF or DOCX, told by its bytes), masks its text and keeps it sealed, waiting for the
     * uploader to confirm. Only while the round is open and no rater has handed in.
     */
    @TrainerOrRegionAdmin
    public UploadPreview upload(Analyst analyst, UUID roundId, UUID schoolId, byte[] content, List<String> extraTerms) {
        ScoringRound round = manageable(analyst, roundId);
        List<String> terms = terms(extraTerms);
        schools.find(schoolId).orElseThrow(() -> new InvalidInput("school", "analysis.upload.error.school"));
        OppFileText.Extracted extracted = OppFileText.read(content);
        OppUpload upload = uploads.saveAndFlush(new OppUpload(
                round.getId(),
                schoolId,
                extracted.kind(),
                content.length,
                cipher.seal(content),
                cipher.seal(extracted.text().getBytes(StandardCharsets.UTF_8)),
                sealTerms(terms),
                analyst.accountId(),
                analyst.actor().name(),
                clock.instant()));
        audit.record(
                analyst.actor(),
                AuditAction.CREATE,
                AUDIT_SUBJECT,
                upload.getId(),
                extracted.kind() + " uploaded into round " + roundId);
        return preview(upload, terms, extracted.text());
    }

    /** The uploader's own view of an upload: the masked text with its masks, before (or after) confirming. */
    @TrainerOrRegionAdmin
    public UploadPreview preview(Analyst analyst, UUID uploadId) {
        OppUpload upload = own(analyst, uploadId);
        audit.record(analyst.actor(), AuditAction.VIEW, AUDIT_SUBJECT, uploadId, "masking preview");
        return preview(upload, openTerms(upload), openText(upload));
    }

    /** Masks again with the uploader's extra terms (names the detection missed). */
    @TrainerOrRegionAdmin
    public UploadPreview remask(Analyst analyst, UUID uploadId, long expectedVersion, List<String> extraTerms) {
        OppUpload upload = own(analyst, uploadId);
        requireVersion(upload, expectedVersion);
        if (upload.confirmed()) {
            throw new InvalidInput("upload", "analysis.upload.error.confirmed");
        }
        List<String> terms = terms(extraTerms);
        upload.terms(sealTerms(terms));
        uploads.saveAndFlush(upload);
        audit.record(analyst.actor(), AuditAction.UPDATE, AUDIT_SUBJECT, uploadId, terms.size() + " extra terms");
        return preview(upload, terms, openText(upload));
    }

    /**
     * The uploader confirms the masking as shown (at {@code expectedVersion}): the masked text is fixed and the
     * OPP joins the round, where its raters score it with the round's checklist.
     */
    @TrainerOrRegionAdmin
    public RoundSummary confirm(Analyst analyst, UUID uploadId, long expectedVersion) {
        OppUpload upload = own(analyst, uploadId);
        requireVersion(upload, expectedVersion);
        if (upload.confirmed()) {
            throw new InvalidInput("upload", "analysis.upload.error.confirmed");
        }
        ScoringRound round = manageable(analyst, upload.getRoundId());
        if (round.getOpps().size() >= ScoringRounds.MAX_OPPS) {
            throw new InvalidInput("opps", "analysis.error.oppCount");
        }
        MaskedText masked = Pseudonymisation.mask(openText(upload), openTerms(upload));
        upload.confirm(masked.text(), masked.masks().size(), clock.instant());
        uploads.saveAndFlush(upload);
        round.add(RoundOpp.uploaded(upload.getId(), upload.getSchoolId()));
        rounds.saveAndFlush(round);
        audit.record(
                analyst.actor(),
                AuditAction.UPDATE,
                AUDIT_SUBJECT,
                uploadId,
                "masking confirmed (" + masked.masks().size() + " masks), joined round " + round.getId());
        return visibility.summary(round, analyst);
    }

    /** Removes an upload the uploader has not confirmed (a wrong file): the file and its text are deleted. */
    @TrainerOrRegionAdmin
    public void discard(Analyst analyst, UUID uploadId) {
        OppUpload upload = own(analyst, uploadId);
        if (upload.confirmed()) {
            throw new InvalidInput("upload", "analysis.upload.error.confirmed");
        }
        uploads.delete(upload);
        uploads.flush();
        audit.record(analyst.actor(), AuditAction.DELETE, AUDIT_SUBJECT, uploadId, "discarded before confirming");
    }

    /** The caller's own uploads into this round that wait for their confirmation. */
    @TrainerOrRegionAdmin
    @Transactional(readOnly = true)
    public List<PendingUpload> pending(Analyst analyst, UUID roundId) {
        visibility.visible(analyst, roundId);
        return uploads
                .findByRoundIdAndUploadedByAndConfirmedAtIsNullOrderByUploadedAtAsc(roundId, analyst.accountId())
                .stream()
                .map(u -> new PendingUpload(u.getId(), u.getFileKind(), u.getFileSize(), u.getUploadedAt()))
                .toList();
    }

    /**
     * The confirmed, masked text of an uploaded OPP of the round, for its raters, its organiser and the region's
     * admins (narrower than {@link ScoringRounds#reviewCopy}: a trainer outside the round reads no upload).
     * Audited as a read.
     */
    public String maskedText(Analyst analyst, UUID roundId, UUID oppId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        boolean rates =
                raters.findByRoundIdAndAccountId(roundId, analyst.accountId()).isPresent();
        if (!rates && !manages(analyst, round)) {
            throw new InvalidInput("round", "analysis.error.roundNotFound");
        }
        RoundOpp entry = round.opp(oppId);
        if (!entry.isUpload()) {
            throw new InvalidInput("opps", "analysis.error.oppNotFound");
        }
        OppUpload upload = uploads.findById(oppId)
                .filter(OppUpload::confirmed)
                .orElseThrow(() -> new InvalidInput("opps", "analysis.error.oppNotFound"));
        audit.record(analyst.actor(), AuditAction.VIEW, AUDIT_SUBJECT, oppId, "masked text in round " + roundId);
        return java.util.Objects.requireNonNull(upload.getMaskedText());
    }

    /** A round the caller may upload into: theirs (or any, for a region admin), open, nobody handed in yet. */
    private ScoringRound manageable(Analyst analyst, UUID roundId) {
        ScoringRound round = visibility.visible(analyst, roundId);
        if (!manages(analyst, round)) {
            throw new InvalidInput("round", "analysis.error.notOrganiser");
        }
        round.requireOpen();
        if (raters.findByRoundIdOrderByDisplayNameAsc(roundId).stream().anyMatch(Rater::submitted)) {
            throw new InvalidInput("round", "analysis.upload.error.roundStarted");
        }
        return round;
    }

    private static boolean manages(Analyst analyst, ScoringRound round) {
        return round.getOrganiserId().equals(analyst.accountId())
                || analyst.roles().contains(Role.REGION_ADMIN);
    }

    /** An upload of the caller's own: nobody else (not even another organiser) sees the unconfirmed text. */
    private OppUpload own(Analyst analyst, UUID uploadId) {
        return uploads.findById(uploadId)
                .filter(u -> u.getUploadedBy().equals(analyst.accountId()))
                .orElseThrow(() -> new InvalidInput("upload", "analysis.upload.error.notFound"));
    }

    private static void requireVersion(OppUpload upload, long expectedVersion) {
        if (upload.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OppUpload.class, upload.getId());
        }
    }

    private UploadPreview preview(OppUpload upload, List<String> terms, String text) {
        return new UploadPreview(
                upload.getId(),
                upload.getRoundId(),
                upload.getFileKind(),
                upload.getFileSize(),
                upload.confirmed()
                        ? MaskedText.marked(java.util.Objects.requireNonNull(upload.getMaskedText()))
                        : Pseudonymisation.mask(text, terms),
                terms,
                upload.confirmed(),
                upload.getVersion());
    }

    private static List<String> terms(List<String> extraTerms) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (String term : extraTerms) {
            String t = term == null ? "" : term.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() < 2 || t.length() > MAX_TERM_LENGTH) {
                throw new InvalidInput("terms", "analysis.upload.error.term", MAX_TERM_LENGTH);
            }
            terms.add(t);
        }
        if (terms.size() > MAX_TERMS) {
            throw new InvalidInput("terms", "analysis.upload.error.termCount", MAX_TERMS);
        }
        return new ArrayList<>(terms);
    }

    private byte[] sealTerms(List<String> terms) {
        return cipher.seal(String.join("\n", terms).getBytes(StandardCharsets.UTF_8));
    }

    private List<String> openTerms(OppUpload upload) {
        String joined = new String(cipher.open(upload.getTermsSealed()), StandardCharsets.UTF_8);
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private String openText(OppUpload upload) {
        return new String(cipher.open(upload.getTextSealed()), StandardCharsets.UTF_8);
    }
}
