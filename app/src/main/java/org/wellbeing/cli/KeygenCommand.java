package org.wellbeing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wellbeing.audit.checkpoint.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Makes the Ed25519 key pair that signs audit checkpoints: the private key for serve, the public key for auditors. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Make an Ed25519 key pair for signed audit checkpoints.",
                "Give the private key file to serve (--signing-key, or its text in " + ServeCommand.SIGNING_KEY_VARIABLE
                        + ") and keep it away from the audit database; give the public key file to auditors"
                        + " (audit verify --public-key)."})
final class KeygenCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "private key file to write (refused when it exists); the public key goes to FILE.pub")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path pub = out.resolveSibling(out.getFileName() + ".pub");
        SigningKey key = SigningKey.generate();
        key.write(out, pub);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Wrote signing key %s (keep it secret) and public key %s%npublic-key: %s%n", out, pub,
                key.publicKeyText());
        w.flush();
        return 0;
    }
}
