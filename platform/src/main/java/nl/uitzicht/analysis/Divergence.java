package nl.uitzicht.analysis;

import java.util.Collections;
import java.util.List;

/**
 * How far the raters' scores for one item of one OPP lie apart ({@code spread}: highest minus lowest)
 * and whether that is divergent: at least two scores, apart by at least the round's threshold. Divergent
 * items are flagged for discussion and a consensus.
 */
record Divergence(int spread, boolean divergent) {

    static Divergence of(List<Integer> given, int threshold) {
        int spread = given.isEmpty() ? 0 : Collections.max(given) - Collections.min(given);
        return new Divergence(spread, given.size() >= 2 && spread >= threshold);
    }
}
