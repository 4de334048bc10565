package org.wellbeing.bench.http;

import java.util.ArrayList;
import java.util.List;

/** The first few error messages of a run, shared by its threads (errors are rare, so a lock is cheap). */
final class ErrorLog {
    private final int limit;
    private final List<String> messages = new ArrayList<>();

    ErrorLog(int limit) {
        this.limit = limit;
    }

    synchronized void add(String message) {
        if (messages.size() < limit) {
            messages.add(message);
        }
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** A message for a failed exchange: the status and the start of the answer, or the exception. */
    static String describe(HttpConnection.Answer answer, int expected) {
        String body = answer.snippet().replaceAll("\\s+", " ").trim();
        if (body.length() > 200) body = body.substring(0, 200) + "...";
        return "status " + answer.status() + " (expected " + expected + ")" + (body.isEmpty() ? "" : ": " + body);
    }

    static String describe(Exception e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
