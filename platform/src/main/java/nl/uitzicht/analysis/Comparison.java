package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * All submitted raters' scores side by side per OPP and item, divergent items flagged, consensus
 * where recorded, and the agreement per item and for the whole round.
 */
public record Comparison(
        RoundSummary round,
        Checklist checklist,
        List<String> raterNames,
        List<Row> rows,
        List<ItemAgreement> perItem,
        Agreement overall)
        implements Serializable {

    /** One OPP × item: the scores in {@code raterNames} order (null = not given), spread and consensus. */
    public record Row(
            UUID oppId,
            String oppLabel,
            String itemCode,
            int position,
            String statement,
            List<@Nullable Integer> scores,
            int spread,
            boolean divergent,
            @Nullable Integer consensus,
            @Nullable String consensusNote,
            @Nullable String decidedBy,
            long consensusVersion)
            implements Serializable {

        /** The version to send with a first consensus. */
        public static final long NO_CONSENSUS = -1;
    }

    public record ItemAgreement(String itemCode, int position, String statement, int divergent, Agreement agreement)
            implements Serializable {}

    public long divergentCount() {
        return rows.stream().filter(Row::divergent).count();
    }

    public long openDivergent() {
        return rows.stream().filter(r -> r.divergent() && r.consensus() == null).count();
    }
}
