package org.wellbeing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Bytes on a socket, for what an HTTP client library refuses to send: broken request lines, bare CRs, forged Host. */
final class RawHttp {
    private RawHttp() {}

    /** An answer as read off the wire; status 0 when the server closed without one. */
    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** A request with {@code Connection: close} and the given headers and body. */
    static byte[] request(String method, String path, String body, String... headers) {
        StringBuilder r = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : headers) r.append(h).append("\r\n");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) r.append("Content-Length: ").append(bytes.length).append("\r\n");
        r.append("Connection: close\r\n\r\n");
        return concat(r.toString().getBytes(StandardCharsets.ISO_8859_1), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before reading everything: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    all.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep what arrived
            }
            byte[] bytes = all.toByteArray();
            int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(bytes, 0, split < 0 ? bytes.length : split, StandardCharsets.ISO_8859_1);
            byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, split + 4, bytes.length);
            int status = head.startsWith("HTTP/1.") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
            if (status != 0 && head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Answer(status, head, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = {'\r', '\n'};
        int i = 0;
        while (i < body.length) {
            int eol = indexOf(body, crlf, i);
            if (eol < 0) break;
            int size = Integer.parseInt(new String(body, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) break;
            out.write(body, eol + 2, Math.min(size, body.length - eol - 2));
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
