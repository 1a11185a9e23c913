/**
 * Synthetic data at scale for dashboards and benchmarks: schools, pupils, OPPs with factors, goals,
 * interventions, agreements, monitoring entries, and checklist scores with consensus. Written with
 * JDBC batches as the region (row-level security applies), never into a real region by accident:
 * only regions it is pointed at explicitly.
 */
@NullMarked
package nl.uitzicht.demo.generator;

import org.jspecify.annotations.NullMarked;
