package org.wellbeing.bench.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 client connection on a plain {@link Socket}, kept alive between exchanges: the load generator
 * gives each worker one of these, so that C workers hold exactly C TCP connections (java.net.http.HttpClient
 * pools and may multiplex, which would blur what "C connections" means). A new socket is opened only when
 * there is none: at the first request, or after an error or a {@code Connection: close} answer, and
 * {@link #opened()} counts them, so a run can show that its connections were really kept alive.
 *
 * <p>Every exchange is bounded by a deadline: the connect and every read wait at most until it (the socket
 * timeout is set to what is left before each read), so a silent server gives a timeout, never a hang. A write
 * the server never drains is ended by {@link #close()} from another thread.
 *
 * <p>The answer is read to its end (Content-Length, chunked, or to the close of the connection) and thrown
 * away, except its first bytes, kept for error messages. Not thread-safe: one thread drives a connection.
 */
final class HttpConnection implements AutoCloseable {
    /** How many bytes of an answer's body are kept, for error messages. */
    static final int SNIPPET_BYTES = 300;
    private static final int MAX_LINE = 16 * 1024;

    private final InetSocketAddress address;
    private final byte[] buffer = new byte[64 * 1024];
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private int position;
    private int limit;
    private long deadline;
    private int opened;

    HttpConnection(String host, int port) {
        this.address = new InetSocketAddress(host, port);
    }

    /** An answer: its status, how many body bytes came, and the first of them. */
    record Answer(int status, long bodyBytes, String snippet) {}

    /** One request's outcome: the answer (null when none came), and why it failed with a message (null when it did not). */
    record Attempt(Answer answer, ErrorKind failure, String message) {
        boolean ok() {
            return failure == null;
        }
    }

    /**
     * Sends a request sent at {@code sentNanos} and says how it went: the expected status, another status, no
     * complete answer within {@code timeoutNanos}, or a failed connection. The one place that decides what an
     * error is, for the load's workers, the reloader and single requests alike.
     */
    Attempt attempt(byte[] request, int expectedStatus, long sentNanos, long timeoutNanos) {
        try {
            Answer a = exchange(request, sentNanos + timeoutNanos);
            return a.status() == expectedStatus ? new Attempt(a, null, null)
                    : new Attempt(a, ErrorKind.STATUS, ErrorLog.describe(a, expectedStatus));
        } catch (SocketTimeoutException e) {
            return new Attempt(null, ErrorKind.TIMEOUT,
                    "timeout: no complete answer within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, ErrorKind.EXCEPTION, ErrorLog.describe(e));
        }
    }

    /**
     * Sends a complete request (head and body, as {@link RequestSpec#wire()} makes it) and reads the whole answer.
     *
     * @param deadlineNanos {@link System#nanoTime()} by which the answer must be complete
     * @throws SocketTimeoutException when the deadline passes first
     * @throws IOException when the connection fails or the answer is not HTTP/1.x; the connection is closed
     */
    Answer exchange(byte[] request, long deadlineNanos) throws IOException {
        deadline = deadlineNanos;
        try {
            if (socket == null) {
                connect();
            }
            out.write(request);
            out.flush();
            Answer answer;
            boolean keepAlive;
            while (true) {
                String statusLine = readLine();
                // "HTTP/1.1 201 Created"
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
                    throw new IOException("not an HTTP/1.x status line: " + shorten(statusLine));
                }
                int status = parseStatus(statusLine);
                boolean http10 = statusLine.startsWith("HTTP/1.0");
                long contentLength = -1;
                boolean chunked = false;
                String connection = null;
                for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) throw new IOException("malformed header line: " + shorten(line));
                    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> contentLength = parseLength(value);
                        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                        case "connection" -> connection = value.toLowerCase(Locale.ROOT);
                        default -> { }
                    }
                }
                if (status >= 100 && status < 200) {
                    continue;   // 100 Continue and other interim answers: the real one follows
                }
                keepAlive = connection == null ? !http10 : !connection.contains("close")
                        && (!http10 || connection.contains("keep-alive"));
                Body body = new Body();
                if (status == 204 || status == 304) {
                    // no body
                } else if (chunked) {
                    readChunked(body);
                } else if (contentLength >= 0) {
                    readExactly(contentLength, body);
                } else {
                    readToEnd(body);
                    keepAlive = false;
                }
                answer = new Answer(status, body.count, body.snippet());
                break;
            }
            if (!keepAlive) {
                close();
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Sockets opened so far: 1 for a connection kept alive throughout. */
    int opened() {
        return opened;
    }

    /** Closes the socket (also from another thread, to end a blocked write); the next exchange opens a new one. */
    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing: nothing left to do
            }
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        opened++;
        try {
            s.connect(address, remainingMillis());
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw e;
        }
        position = 0;
        limit = 0;
        socket = s;
    }

    private int remainingMillis() throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
    }

    /** Refills the buffer, waiting at most until the deadline; false at the end of the stream. */
    private boolean fill() throws IOException {
        Socket s = socket;
        if (s == null) throw new IOException("connection closed");
        s.setSoTimeout(remainingMillis());
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException(line.length() == 0
                        ? "connection closed by the server before the end of the answer's head"
                        : "connection closed by the server in the middle of a line: " + shorten(line.toString()));
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
                return line.toString();
            }
            if (line.length() >= MAX_LINE) throw new IOException("header line longer than " + MAX_LINE + " bytes");
            line.append((char) (b & 0xff));
        }
    }

    private void readExactly(long length, Body body) throws IOException {
        long left = length;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed with " + left + " of " + length + " body bytes unread");
            }
            int n = (int) Math.min(left, limit - position);
            body.add(buffer, position, n);
            position += n;
            left -= n;
        }
    }

    private void readToEnd(Body body) throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return;
            }
            body.add(buffer, position, limit - position);
            position = limit;
        }
    }

    private void readChunked(Body body) throws IOException {
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("malformed chunk size: " + shorten(sizeLine));
            }
            if (size < 0) throw new IOException("negative chunk size: " + shorten(sizeLine));
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers: ignored
                }
                return;
            }
            readExactly(size, body);
            if (!readLine().isEmpty()) throw new IOException("chunk not followed by CRLF");
        }
    }

    private static int parseStatus(String statusLine) throws IOException {
        try {
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("malformed status line: " + shorten(statusLine));
        }
    }

    private static long parseLength(String value) throws IOException {
        try {
            long n = Long.parseLong(value);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("malformed Content-Length: " + shorten(value));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /** Counts the body's bytes and keeps the first few. */
    private static final class Body {
        long count;
        final byte[] first = new byte[SNIPPET_BYTES];
        int kept;

        void add(byte[] bytes, int offset, int length) {
            int keep = Math.min(length, first.length - kept);
            if (keep > 0) {
                System.arraycopy(bytes, offset, first, kept, keep);
                kept += keep;
            }
            count += length;
        }

        String snippet() {
            return new String(first, 0, kept, StandardCharsets.UTF_8);
        }
    }
}
