package nl.uitzicht.outbound;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import nl.uitzicht.outbound.OutboundRefused.Reason;
import org.springframework.stereotype.Component;

/**
 * A small HTTP/1.1 client for calls to an administrator's chosen server (discovery document, keys,
 * token and user-info endpoints of a region's identity provider). The host is resolved once, every
 * address is checked ({@link OutboundAddresses}) and the connection goes to exactly that checked
 * address, so a DNS answer that changes between check and call (DNS rebinding) cannot lead
 * elsewhere; TLS still verifies the certificate against the host name. Redirects are refused,
 * never followed; connecting and each read have short timeouts, the whole call a deadline, and the
 * answer a size limit.
 */
@Component
public class OutboundHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEADLINE = Duration.ofSeconds(10);
    public static final int MAX_BODY = 512 * 1024;
    private static final int MAX_HEAD = 32 * 1024;
    private static final Set<String> OWN_HEADERS = Set.of(
            "host", "connection", "content-length", "transfer-encoding", "accept-encoding", "expect", "upgrade", "te");

    /** An answer: status, headers (names in lower case) and the whole body. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final OutboundAddresses addresses;

    public OutboundHttp(OutboundAddresses addresses) {
        this.addresses = addresses;
    }

    public Response get(String url, Map<String, List<String>> headers) throws IOException {
        return exchange("GET", url, headers, new byte[0]);
    }

    /** One request; a redirect, a refused address or an oversized answer is an {@link OutboundRefused}. */
    public Response exchange(String method, String url, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        URI uri = addresses.checkUrl(url);
        List<InetAddress> targets = addresses.resolve(uri.getHost());
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        try (Socket socket = connect(targets, port)) {
            Socket channel = tls ? secure(socket, uri.getHost(), port) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(requestHead(method, uri, port, tls, headers, body).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            Response response = read(new BufferedInputStream(channel.getInputStream()), method, deadline);
            if (response.status() >= 300 && response.status() < 400) {
                throw new OutboundRefused(
                        Reason.REDIRECT,
                        url + " -> " + response.status() + " "
                                + response.headers()
                                        .getOrDefault("location", List.of(""))
                                        .getFirst());
            }
            return response;
        }
    }

    private static Socket connect(List<InetAddress> targets, int port) throws IOException {
        IOException last = new IOException("no address");
        for (InetAddress target : targets) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(target, port), (int) CONNECT_TIMEOUT.toMillis());
                socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    private static Socket secure(Socket socket, String host, int port) throws IOException {
        try {
            SSLSocket ssl =
                    (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(socket, host, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!host.startsWith("[") && !host.matches("[0-9.]+")) {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            }
            ssl.setSSLParameters(parameters);
            ssl.startHandshake();
            return ssl;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static String requestHead(
            String method, URI uri, int port, boolean tls, Map<String, List<String>> headers, byte[] body)
            throws OutboundRefused {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (tls ? 443 : 80);
        StringBuilder head = new StringBuilder()
                .append(method.toUpperCase(Locale.ROOT))
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(uri.getHost())
                .append(defaultPort ? "" : ":" + port)
                .append("\r\n")
                .append("Connection: close\r\nAccept-Encoding: identity\r\n");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : header.getValue()) {
                if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")
                        || value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                    throw new OutboundRefused(Reason.URL, "header " + name);
                }
                head.append(name).append(": ").append(value).append("\r\n");
            }
        }
        if (body.length > 0 || !"GET".equalsIgnoreCase(method)) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static Response read(InputStream in, String method, long deadline) throws IOException {
        String statusLine = line(in, deadline);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("Not an HTTP status: " + parts[1]);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int headSize = statusLine.length();
        for (String line = line(in, deadline); !line.isEmpty(); line = line(in, deadline)) {
            headSize += line.length();
            if (headSize > MAX_HEAD) {
                throw new OutboundRefused(Reason.TOO_LARGE, "headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        if ("HEAD".equalsIgnoreCase(method) || status < 200 || status == 204 || status == 304) {
            return new Response(status, headers, new byte[0]);
        }
        String encoding =
                headers.getOrDefault("transfer-encoding", List.of("")).getLast().toLowerCase(Locale.ROOT);
        byte[] body;
        if (encoding.contains("chunked")) {
            body = chunked(in, deadline);
        } else if (headers.containsKey("content-length")) {
            long length;
            try {
                length = Long.parseLong(headers.get("content-length").getFirst());
            } catch (NumberFormatException e) {
                throw new IOException("Bad Content-Length");
            }
            if (length > MAX_BODY || length < 0) {
                throw new OutboundRefused(Reason.TOO_LARGE, length + " bytes");
            }
            body = exactly(in, (int) length, deadline);
        } else {
            body = untilClosed(in, deadline);
        }
        return new Response(status, headers, body);
    }

    private static String line(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed in the middle of the answer");
            }
            if (line.size() > MAX_HEAD) {
                throw new OutboundRefused(Reason.TOO_LARGE, "header line");
            }
            checkDeadline(deadline);
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] exactly(InputStream in, int length, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, 64 * 1024));
        copy(in, body, length, deadline);
        if (body.size() < length) {
            throw new IOException("Answer shorter than announced");
        }
        return body.toByteArray();
    }

    private static byte[] untilClosed(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        copy(in, body, MAX_BODY + 1L, deadline);
        if (body.size() > MAX_BODY) {
            throw new OutboundRefused(Reason.TOO_LARGE, "more than " + MAX_BODY + " bytes");
        }
        return body.toByteArray();
    }

    private static byte[] chunked(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in, deadline);
            int semicolon = size.indexOf(';');
            long chunk;
            try {
                chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("Bad chunk size");
            }
            if (chunk == 0) {
                return body.toByteArray();
            }
            if (chunk < 0 || body.size() + chunk > MAX_BODY) {
                throw new OutboundRefused(Reason.TOO_LARGE, "more than " + MAX_BODY + " bytes");
            }
            int before = body.size();
            copy(in, body, chunk, deadline);
            if (body.size() - before < chunk) {
                throw new IOException("Chunk shorter than announced");
            }
            line(in, deadline);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, long max, long deadline) throws IOException {
        byte[] buffer = new byte[8192];
        long left = max;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            to.write(buffer, 0, n);
            left -= n;
            checkDeadline(deadline);
        }
    }

    private static void checkDeadline(long deadline) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new java.net.SocketTimeoutException("The server took too long to answer");
        }
    }
}
