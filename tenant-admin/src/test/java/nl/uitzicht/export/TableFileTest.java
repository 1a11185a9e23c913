package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.uitzicht.TenantAdminTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One export file from a real PostgreSQL result (the app role's connection, no table needed): CSV
 * cells safe for spreadsheets while numbers and booleans stay what they are, arrays flattened in CSV
 * and kept as arrays in JSON, JSON columns carried as their text, NULL as an empty cell or null.
 */
@TenantAdminTest
class TableFileTest {

    /** Two rows with the types the export meets: text, integer, numeric, boolean, text[], date, jsonb. */
    static final String ROWS = """
            select * from (values
              ('=HYPERLINK("http://x")', -3, 12.50::numeric, true, array['@SUM(1)', 'b']::text[], date '2026-08-01',
               '{"kind": "school", "n": 2}'::jsonb, '-2+3'),
              ('De Regenboog, Utrecht', 250, null, false, array['a', 'b']::text[], null, null, null)
            ) as t(name, pupils, share, active, category_ids, closed_on, details, note)
            order by pupils""";

    @Autowired
    DataSource dataSource;

    private String written(ExportFormat format, int expectedRows) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(ROWS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(TableFile.write(rs, format, out)).as("rows counted").isEqualTo(expectedRows);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void csvNeutralisesFormulasKeepsNumbersAndFlattensArrays() throws Exception {
        assertThat(written(ExportFormat.CSV, 2).lines())
                .containsExactly(
                        "name,pupils,share,active,category_ids,closed_on,details,note",
                        "\"'=HYPERLINK(\"\"http://x\"\")\",-3,12.50,true,'@SUM(1) b,2026-08-01,"
                                + "\"{\"\"n\"\": 2, \"\"kind\"\": \"\"school\"\"}\",'-2+3",
                        "\"De Regenboog, Utrecht\",250,,false,a b,,,");
    }

    @Test
    void jsonKeepsTypesAndArraysAndLeavesTextAsItIs() throws Exception {
        assertThat(written(ExportFormat.JSON, 2))
                .isEqualTo("["
                        + "{\"name\":\"=HYPERLINK(\\\"http://x\\\")\",\"pupils\":-3,\"share\":12.50,\"active\":true,"
                        + "\"category_ids\":[\"@SUM(1)\",\"b\"],\"closed_on\":\"2026-08-01\","
                        + "\"details\":\"{\\\"n\\\": 2, \\\"kind\\\": \\\"school\\\"}\",\"note\":\"-2+3\"},"
                        + "{\"name\":\"De Regenboog, Utrecht\",\"pupils\":250,\"share\":null,\"active\":false,"
                        + "\"category_ids\":[\"a\",\"b\"],\"closed_on\":null,\"details\":null,\"note\":null}]");
    }

    @Test
    void anEmptyResultIsAHeaderOrAnEmptyArray() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (ExportFormat format : ExportFormat.values()) {
                try (ResultSet rs = s.executeQuery("select 1 as id, 'x' as name where false")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    assertThat(TableFile.write(rs, format, out)).isZero();
                    assertThat(out.toString(StandardCharsets.UTF_8).strip())
                            .isEqualTo(format == ExportFormat.CSV ? "id,name" : "[]");
                }
            }
        }
    }
}
