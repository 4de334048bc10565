package org.wellbeing.audit.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.testing.Cli;

/** Key files, checkpoint signatures and the checkpoint log's lines. */
class CheckpointKeysTest {
    @TempDir
    Path folder;

    @Test
    void keygen_writes_a_key_pair_that_signs_and_verifies_and_refuses_to_overwrite_it() throws Exception {
        Path key = folder.resolve("k");
        Cli.Run made = Cli.run("keygen", "--out", key.toString());
        assertEquals(0, made.exitCode(), made.err());
        SigningKey pair = SigningKey.read(key);
        assertEquals(pair.publicKey(), SigningKey.readPublic(folder.resolve("k.pub")));
        assertFalse(Files.readString(folder.resolve("k.pub")).contains("private-key"));

        Checkpoint cp = Checkpoint.sign(pair, 7, "ab".repeat(32), Instant.parse("2026-01-02T03:04:05Z"));
        assertTrue(cp.signedBy(pair.publicKey()));
        assertFalse(new Checkpoint(8, cp.headHash(), cp.time(), cp.signature()).signedBy(pair.publicKey()));
        assertFalse(new Checkpoint(7, "cd".repeat(32), cp.time(), cp.signature()).signedBy(pair.publicKey()));
        assertFalse(cp.signedBy(SigningKey.generate().publicKey()));
        assertEquals(cp, Checkpoint.parse(cp.toLine()));

        Cli.Run again = Cli.run("keygen", "--out", key.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("exists already"), again.err());
    }

    @Test
    void a_broken_key_file_is_refused_naming_the_file_and_what_is_wrong() throws Exception {
        Path missing = folder.resolve("none.key");
        assertTrue(assertThrows(KeyFileException.class, () -> SigningKey.read(missing)).getMessage().contains("none.key"));
        Path noPrivate = Files.writeString(folder.resolve("pub-only"), "public-key: "
                + SigningKey.generate().publicKeyText() + "\n");
        assertTrue(assertThrows(KeyFileException.class, () -> SigningKey.read(noPrivate)).getMessage()
                .contains("no 'private-key:' line"));
        SigningKey a = SigningKey.generate();
        SigningKey b = SigningKey.generate();
        String mixed = "private-key: " + java.util.Base64.getEncoder().encodeToString(a.privateKey().getEncoded())
                + "\npublic-key: " + b.publicKeyText() + "\n";
        assertTrue(assertThrows(KeyFileException.class, () -> SigningKey.parse(mixed, "ENV")).getMessage()
                .contains("not one key pair"));
        assertTrue(assertThrows(KeyFileException.class, () -> SigningKey.parse("private-key: !!!\npublic-key: "
                + a.publicKeyText(), "ENV")).getMessage().startsWith("ENV: private-key is not"));
    }

    @Test
    void the_log_keeps_line_numbers_and_names_malformed_lines() throws Exception {
        SigningKey key = SigningKey.generate();
        Path file = folder.resolve("log");
        try (CheckpointLog log = CheckpointLog.open(file)) {
            log.append(Checkpoint.sign(key, 1, "ab".repeat(32), Instant.now()));
        }
        Files.writeString(file, "\nnot a checkpoint\n", java.nio.file.StandardOpenOption.APPEND);
        List<CheckpointLog.Line> lines = CheckpointLog.read(file);
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).number());
        assertTrue(lines.get(0).checkpoint().signedBy(key.publicKey()));
        assertEquals(3, lines.get(1).number());
        assertTrue(lines.get(1).problem().contains("expected 'SEQUENCE HASH TIME SIGNATURE'"), lines.get(1).problem());
    }

    @Test
    void options_that_need_a_key_are_refused_without_one() throws Exception {
        Path log = folder.resolve("x.checkpoints");
        Cli.Run verify = Cli.run("audit", "verify", "--db", folder.resolve("x.db").toString(), "--checkpoints", log.toString());
        assertEquals(2, verify.exitCode());
        assertTrue(verify.err().contains("--checkpoints needs --public-key"), verify.err());
        Cli.Run serve = Cli.run("serve", "--db", folder.resolve("x.db").toString(), "--checkpoints", log.toString(),
                "--port", "0");
        assertEquals(2, serve.exitCode());
        assertTrue(serve.err().contains("--checkpoints needs a signing key"), serve.err());
    }

    @Test
    void serve_refuses_a_deleted_database_whose_checkpoint_log_remains() throws Exception {
        Path key = folder.resolve("k");
        assertEquals(0, Cli.run("keygen", "--out", key.toString()).exitCode());
        Path db = folder.resolve("gone.db");
        try (CheckpointLog log = CheckpointLog.open(CheckpointLog.besides(db))) {
            log.append(Checkpoint.sign(SigningKey.read(key), 3, "ab".repeat(32), Instant.now()));
        }
        Cli.Run serve = Cli.run("serve", "--db", db.toString(), "--signing-key", key.toString(), "--port", "0", "--no-watch");
        assertEquals(1, serve.exitCode(), serve.err());
        assertTrue(serve.err().contains("the database is missing but the checkpoint log"), serve.err());
        assertFalse(Files.exists(db), "nothing is created in its place");
    }
}
