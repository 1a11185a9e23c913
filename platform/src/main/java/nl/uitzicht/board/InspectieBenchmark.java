package nl.uitzicht.board;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Inspectie's national picture (April 2024, domain brief): the share of OPPs that meet the legal requirements,
 * per kind of school. About half in bo and vmbo; havo/vwo 73%, sbo 82%, pro 91%. The dashboard draws the 50% of
 * bo and vmbo next to its compliance ({@code Dashboard.Quality#benchmark}); the board report shows all five.
 */
final class InspectieBenchmark {

    /** The share (percent) in bo and vmbo, the line next to the region's own figure. */
    static final double BO_VMBO = 50.0;

    /** Per kind of school (key for the label), the share that meets the legal requirements, in percent. */
    static final Map<String, Double> BY_KIND = byKind();

    private InspectieBenchmark() {}

    private static Map<String, Double> byKind() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("BO", BO_VMBO);
        m.put("VMBO", BO_VMBO);
        m.put("HAVO_VWO", 73.0);
        m.put("SBO", 82.0);
        m.put("PRO", 91.0);
        return java.util.Collections.unmodifiableMap(m);
    }
}
