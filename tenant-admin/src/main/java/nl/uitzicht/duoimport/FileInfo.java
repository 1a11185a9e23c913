package nl.uitzicht.duoimport;

import java.io.Serializable;

/** How a file was read: name, detected encoding and delimiter, number of data rows. */
public record FileInfo(String name, String encoding, String delimiter, int rows) implements Serializable {

    static FileInfo of(CsvTable table) {
        String encoding = table.charset.name().equals("UTF-8") ? "UTF-8" : "Latin-1 (Windows-1252)";
        return new FileInfo(table.fileName, encoding, String.valueOf(table.delimiter), table.rows.size());
    }
}
