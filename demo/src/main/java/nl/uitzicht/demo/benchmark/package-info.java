/**
 * The region dashboard benchmark (docs/performance.md): a one-off run of the application that measures
 * the dashboard cold, warm, as plain SQL under row-level security and without it, logs the tables and
 * stops. Loaded by {@link nl.uitzicht.demo.benchmark.BenchmarkAutoConfiguration}, never under {@code prod}.
 */
@NullMarked
package nl.uitzicht.demo.benchmark;

import org.jspecify.annotations.NullMarked;
