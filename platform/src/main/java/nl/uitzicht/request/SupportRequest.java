package nl.uitzicht.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A school's request to the region, from the OPP version it rests on to the region's handling. */
@Entity
@Table(name = "support_request")
class SupportRequest {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "pupil_id", nullable = false, updatable = false)
    private UUID pupilId;

    @Column(name = "pupil_name", nullable = false, updatable = false)
    private String pupilName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_category")
    private @Nullable FundingCategory fundingCategory;

    @Column(name = "extends_request_id")
    private @Nullable UUID extendsRequestId;

    @Column(name = "opp_id", nullable = false, updatable = false)
    private UUID oppId;

    @Column(name = "opp_version_no", nullable = false)
    private int oppVersionNo;

    @Column(nullable = false)
    private String question = "";

    @Column(name = "basic_support_done", nullable = false)
    private String basicSupportDone = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "basic_support_category_ids", nullable = false)
    private UUID[] basicSupportCategoryIds = new UUID[0];

    @Column(name = "parents_view", nullable = false)
    private String parentsView = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "parents_view_source")
    private @Nullable ParentsViewSource parentsViewSource;

    @Column(name = "parents_view_given_at")
    private @Nullable Instant parentsViewGivenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "created_by_account_id", nullable = false, updatable = false)
    private UUID createdByAccountId;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;

    @Column(name = "submitted_by_name")
    private @Nullable String submittedByName;

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Column(name = "case_manager_account_id")
    private @Nullable UUID caseManagerAccountId;

    @Column(name = "case_manager_name")
    private @Nullable String caseManagerName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SupportRequest() {}

    SupportRequest(
            UUID schoolId,
            UUID pupilId,
            String pupilName,
            RequestType type,
            UUID oppId,
            int oppVersionNo,
            UUID createdByAccountId,
            String createdByName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.schoolId = schoolId;
        this.pupilId = pupilId;
        this.pupilName = pupilName;
        this.type = type;
        this.oppId = oppId;
        this.oppVersionNo = oppVersionNo;
        this.status = RequestStatus.DRAFT;
        this.createdByAccountId = createdByAccountId;
        this.createdByName = createdByName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** {@code parentsViewGivenAt}: when the parents wrote the view, for a view taken from the portal (else null). */
    void edit(RequestDraft draft, List<UUID> basicCategories, @Nullable Instant parentsViewGivenAt, Instant now) {
        this.type = draft.type();
        this.fundingCategory = draft.type().hasFundingCategory() ? draft.fundingCategory() : null;
        this.extendsRequestId = draft.type() == RequestType.TLV_EXTENSION ? draft.extendsRequestId() : null;
        this.question = draft.question();
        this.basicSupportDone = draft.basicSupportDone();
        this.basicSupportCategoryIds = basicCategories.toArray(UUID[]::new);
        this.parentsView = draft.parentsView();
        this.parentsViewSource = draft.parentsView().isEmpty() ? null : draft.parentsViewSource();
        this.parentsViewGivenAt = this.parentsViewSource == ParentsViewSource.PORTAL ? parentsViewGivenAt : null;
        this.updatedAt = now;
    }

    void relinkOpp(int versionNo) {
        this.oppVersionNo = versionNo;
    }

    void submit(String by, LocalDate on, LocalDate due, Instant now) {
        this.status = RequestStatus.SUBMITTED;
        this.submittedByName = by;
        this.submittedOn = on;
        this.dueOn = due;
        this.updatedAt = now;
    }

    void assignCaseManager(UUID accountId, String name, Instant now) {
        this.caseManagerAccountId = accountId;
        this.caseManagerName = name;
        if (status == RequestStatus.SUBMITTED) {
            status = RequestStatus.IN_HANDLING;
        }
        this.updatedAt = now;
    }

    void decided(Instant now) {
        this.status = RequestStatus.DECIDED;
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        this.status = RequestStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getSchoolId() {
        return schoolId;
    }

    UUID getPupilId() {
        return pupilId;
    }

    String getPupilName() {
        return pupilName;
    }

    RequestType getType() {
        return type;
    }

    @Nullable
    FundingCategory getFundingCategory() {
        return fundingCategory;
    }

    @Nullable
    UUID getExtendsRequestId() {
        return extendsRequestId;
    }

    UUID getOppId() {
        return oppId;
    }

    int getOppVersionNo() {
        return oppVersionNo;
    }

    String getQuestion() {
        return question;
    }

    String getBasicSupportDone() {
        return basicSupportDone;
    }

    List<UUID> getBasicSupportCategoryIds() {
        return List.of(basicSupportCategoryIds);
    }

    String getParentsView() {
        return parentsView;
    }

    @Nullable
    ParentsViewSource getParentsViewSource() {
        return parentsViewSource;
    }

    @Nullable
    Instant getParentsViewGivenAt() {
        return parentsViewGivenAt;
    }

    RequestStatus getStatus() {
        return status;
    }

    String getCreatedByName() {
        return createdByName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    LocalDate getSubmittedOn() {
        return submittedOn;
    }

    @Nullable
    LocalDate getDueOn() {
        return dueOn;
    }

    @Nullable
    UUID getCaseManagerAccountId() {
        return caseManagerAccountId;
    }

    @Nullable
    String getCaseManagerName() {
        return caseManagerName;
    }

    long getVersion() {
        return version;
    }
}
