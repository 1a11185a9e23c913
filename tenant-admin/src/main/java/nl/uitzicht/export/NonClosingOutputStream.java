package nl.uitzicht.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes writes through and leaves the target open on close (a ZIP entry, the caller's stream). */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream target) {
        super(target);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
