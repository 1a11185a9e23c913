package nl.uitzicht.duoimport;

/** The import was not applied (nothing changed); the reason is a message key, the plan says what it found. */
public class ImportRejectedException extends RuntimeException {

    /** Why nothing was applied. */
    public enum Reason {
        /** Rows that concern the region are bad, or a locations file's kind of school is not known. */
        NOT_APPLICABLE("admin.duo.refused.problems"),
        /** The region's schools or the files differ from the preview the administrator saw. */
        STALE("admin.duo.refused.stale"),
        /** Schools with open OPPs would close and that was not confirmed. */
        CONFIRM_OPEN_OPPS("admin.duo.refused.confirm");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final ImportPlan plan;

    ImportRejectedException(Reason reason, ImportPlan plan) {
        super(reason + ": nothing imported (" + plan.problems().size() + " bad rows)");
        this.reason = reason;
        this.plan = plan;
    }

    public Reason reason() {
        return reason;
    }

    public ImportPlan plan() {
        return plan;
    }
}
