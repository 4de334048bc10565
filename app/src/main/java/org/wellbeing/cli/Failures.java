package org.wellbeing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.wellbeing.audit.AuditStoreException;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;
import org.wellbeing.io.fingertips.next.FingertipsNextFormatException;
import org.wellbeing.rules.RuleSetException;
import org.wellbeing.service.NotFoundException;

/**
 * What a command that failed prints and returns: never a stack trace. Bad input (a missing, unreadable or
 * malformed file, a bad value) is one line {@code error: FILE: what is wrong} per problem and exit 2; rules that
 * do not compile are {@code FILE:LINE: message} lines and exit 1; a fault of the program itself is one line
 * naming it and exit 3.
 */
final class Failures {
    static final int RULE_PROBLEMS = 1;
    static final int FAULT = 3;

    private Failures() {}

    static int report(Exception e, PrintWriter err) {
        int exit = print(e, err);
        err.flush();
        return exit;
    }

    private static int print(Throwable e, PrintWriter err) {
        if (e instanceof RuleSetException r) {
            r.problems().forEach(err::println);
            return RULE_PROBLEMS;
        }
        if (e instanceof UncheckedIOException u) {
            return print(u.getCause(), err);
        }
        if (e instanceof ReadException r) {
            r.errors().stream().limit(ReadException.LISTED).forEach(p -> err.println("error: " + p));
            if (r.errors().size() > ReadException.LISTED) {
                ReadError first = r.errors().get(0);
                err.println("error: " + first.file() + ": and " + (r.errors().size() - ReadException.LISTED)
                        + " more problems");
            }
            return Main.BAD_INPUT;
        }
        if (e instanceof NoSuchFileException n) {
            err.println("error: " + n.getFile() + ": " + (n.getReason() != null ? n.getReason() : "no such file"));
            return Main.BAD_INPUT;
        }
        if (e instanceof AccessDeniedException a) {
            err.println("error: " + a.getFile() + ": cannot be read (permission denied)");
            return Main.BAD_INPUT;
        }
        if (e instanceof FileSystemException f) {
            err.println("error: " + f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be read"));
            return Main.BAD_INPUT;
        }
        if (e instanceof CharacterCodingException) {
            err.println("error: a file is not UTF-8 text (" + e + ")");
            return Main.BAD_INPUT;
        }
        if (e instanceof IOException || e instanceof FingertipsNextFormatException
                || e instanceof IllegalArgumentException || e instanceof AuditStoreException
                || e instanceof NotFoundException) {
            err.println("error: " + firstLine(e.getMessage()));
            return Main.BAD_INPUT;
        }
        err.println("error: the program failed (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                + "); please report it with the command that caused it");
        return FAULT;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
