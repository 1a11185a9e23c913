package nl.uitzicht.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An upload into memory that the server itself holds to a maximum size. The Upload component's
 * {@code setMaxFileSize} is checked only in the browser, and Vaadin checks its own limits only for multipart
 * requests: a crafted request could otherwise fill the server's memory. A file that announces more bytes, or
 * sends more, is refused with {@code tooLarge} (shown next to the file) and {@code refused} runs in the UI.
 */
public final class SizeLimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final String tooLarge;
    private final InMemoryUploadCallback received;
    private final SerializableConsumer<String> refused;

    /**
     * @param tooLarge  the (translated) reason sent back for a refused file
     * @param received  gets each accepted file, in the UI's session
     * @param refused   gets the name of each refused file, in the UI's session
     */
    public SizeLimitedUpload(
            int maxBytes, String tooLarge, InMemoryUploadCallback received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes(maxBytes + 1);
        }
        if (data.length > maxBytes) {
            refuse(event);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
        event.getUI().access(() -> {
            try {
                received.complete(metadata, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event) {
        event.reject(tooLarge);
        String name = event.getFileName();
        event.getUI().access(() -> refused.accept(name));
    }

    /** For multipart requests Vaadin checks these before the handler runs. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024L;
    }
}
