package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One export file from a query result: CSV cells safe for spreadsheets, numbers kept numbers, arrays flattened. */
class TableFileTest {

    private static ResultSet rows() throws SQLException {
        ResultSet rs = mock(ResultSet.class);
        ResultSetMetaData meta = mock(ResultSetMetaData.class);
        when(rs.getMetaData()).thenReturn(meta);
        when(meta.getColumnCount()).thenReturn(4);
        when(meta.getColumnLabel(1)).thenReturn("name");
        when(meta.getColumnLabel(2)).thenReturn("pupils");
        when(meta.getColumnLabel(3)).thenReturn("category_ids");
        when(meta.getColumnLabel(4)).thenReturn("closed_on");
        Array ids = mock(Array.class);
        when(ids.getArray()).thenReturn(new Object[] {"a", "b"});
        when(rs.next()).thenReturn(true, true, false);
        when(rs.getObject(1)).thenReturn("=HYPERLINK(\"http://x\")", "De Regenboog");
        when(rs.getObject(2)).thenReturn(-3, 250);
        when(rs.getObject(3)).thenReturn(ids, null);
        when(rs.getObject(4)).thenReturn(LocalDate.of(2026, 8, 1), null);
        return rs;
    }

    @Test
    void csvNeutralisesFormulasAndKeepsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(TableFile.write(rows(), ExportFormat.CSV, out)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "name,pupils,category_ids,closed_on",
                "\"'=HYPERLINK(\"\"http://x\"\")\",-3,a b,2026-08-01",
                "De Regenboog,250,,");
    }

    @Test
    void jsonKeepsTypesAndArraysAsArrays() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(TableFile.write(rows(), ExportFormat.JSON, out)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "[{\"name\":\"=HYPERLINK(\\\"http://x\\\")\",\"pupils\":-3,\"category_ids\":[\"a\",\"b\"],"
                        + "\"closed_on\":\"2026-08-01\"},{\"name\":\"De Regenboog\",\"pupils\":250,\"category_ids\":null,"
                        + "\"closed_on\":null}]");
    }
}
