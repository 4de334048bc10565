package org.wellbeing.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.wellbeing.cli.Main;

/** Runs the command line in-process, capturing its exit code, standard output and standard error. */
public final class Cli {
    private Cli() {}

    public record Run(int exitCode, String out, String err) {
        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }
}
