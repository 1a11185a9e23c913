package nl.uitzicht.duoimport;

/** The import was not applied (nothing changed) because rows are bad; the plan lists them. */
public class ImportRejectedException extends RuntimeException {

    private final ImportPlan plan;

    ImportRejectedException(ImportPlan plan) {
        super(plan.problems().size() + " bad rows; nothing imported");
        this.plan = plan;
    }

    public ImportPlan plan() {
        return plan;
    }
}
