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
}
