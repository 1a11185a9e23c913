package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An OPP written elsewhere, uploaded into a round (ADR 0096). The file, its text and the uploader's extra terms
 * are stored sealed with the app key; {@code maskedText} is set only when the uploader confirms the masking,
 * and only then does the upload join the round and may raters read it.
 */
@Entity
@Table(name = "opp_upload")
class OppUpload {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, updatable = false)
    private OppFileKind fileKind;

    @Column(name = "file_size", nullable = false, updatable = false)
    private int fileSize;

    @Column(name = "original_sealed", nullable = false)
    private byte[] originalSealed;

    @Column(name = "text_sealed", nullable = false)
    private byte[] textSealed;

    @Column(name = "terms_sealed", nullable = false)
    private byte[] termsSealed;

    @Column(name = "masked_text")
    private @Nullable String maskedText;

    @Column(name = "mask_count", nullable = false)
    private int maskCount;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Version
    private long version;

    protected OppUpload() {}

    OppUpload(
            UUID roundId,
            UUID schoolId,
            OppFileKind fileKind,
            int fileSize,
            byte[] originalSealed,
            byte[] textSealed,
            byte[] termsSealed,
            UUID uploadedBy,
            String uploadedByName,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.schoolId = schoolId;
        this.fileKind = fileKind;
        this.fileSize = fileSize;
        this.originalSealed = originalSealed;
        this.textSealed = textSealed;
        this.termsSealed = termsSealed;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    UUID getId() {
        return id;
    }

    UUID getRoundId() {
        return roundId;
    }

    UUID getSchoolId() {
        return schoolId;
    }

    OppFileKind getFileKind() {
        return fileKind;
    }

    int getFileSize() {
        return fileSize;
    }

    byte[] getOriginalSealed() {
        return originalSealed;
    }

    byte[] getTextSealed() {
        return textSealed;
    }

    byte[] getTermsSealed() {
        return termsSealed;
    }

    @Nullable
    String getMaskedText() {
        return maskedText;
    }

    UUID getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    long getVersion() {
        return version;
    }

    void terms(byte[] sealed) {
        this.termsSealed = sealed;
    }

    void confirm(String masked, int masks, Instant now) {
        this.maskedText = masked;
        this.maskCount = masks;
        this.confirmedAt = now;
    }
}
