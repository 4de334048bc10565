package org.wellbeing.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wellbeing.audit.checkpoint.Checkpoint;
import org.wellbeing.audit.checkpoint.CheckpointLog;
import org.wellbeing.audit.checkpoint.Checkpointer;
import org.wellbeing.audit.checkpoint.SigningKey;
import org.wellbeing.service.Services;
import org.wellbeing.testing.Cli;
import org.wellbeing.web.Safeguards;
import org.wellbeing.web.WebServer;
import org.wellbeing.web.WebSettings;

/**
 * The tampering attacks of the black-box run, each on a copy of an audit database a real signing service
 * wrote: every one must be caught by {@code audit verify --public-key} (exit 1, naming what is wrong), and
 * {@code serve} must refuse to start on it. Plain {@code audit verify} is run too, to show what the key adds.
 */
class SignedCheckpointAttacksTest {
    static final int EVALUATIONS = 5;

    @TempDir
    static Path folder;
    static Path baseline;
    static Path key;
    static Path publicKey;
    static final List<String> answeredCheckpoints = new ArrayList<>();

    @BeforeAll
    static void aSigningServiceStoresEvaluations() throws Exception {
        key = folder.resolve("audit.key");
        publicKey = folder.resolve("audit.key.pub");
        Cli.Run keygen = Cli.run("keygen", "--out", key.toString());
        assertEquals(0, keygen.exitCode(), keygen.err());
        baseline = Files.createDirectories(folder.resolve("baseline"));
        Path db = baseline.resolve("audit.db");
        SigningKey signing = SigningKey.read(key);
        try (Checkpointer checkpointer = new Checkpointer(signing, CheckpointLog.open(CheckpointLog.besides(db)),
                Clock.systemUTC());
             Services services = Services.open(Path.of("rules"), Path.of("data", "luton"), db)) {
            services.store().onAppend(checkpointer);
            WebServer server = WebServer.start(services, new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_MAX_BODY_BYTES,
                    null), Safeguards.defaults().withCheckpoints(checkpointer::newest));
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < EVALUATIONS; i++) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + "/api/evaluations"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(201, r.statusCode(), r.body());
                    answeredCheckpoints.add(r.headers().firstValue("Audit-Checkpoint").orElse(null));
                }
            } finally {
                server.close();
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.println("tampering attacks: " + tried + " tried, " + detectedSigned + " detected by audit verify"
                + " --public-key, " + detectedPlain + " by plain audit verify, serve refused " + serveRefused);
    }

    static int tried;
    static int detectedSigned;
    static int detectedPlain;
    static int serveRefused;

    @Test
    void the_untouched_database_verifies_and_every_answer_carried_its_signed_checkpoint() throws Exception {
        Cli.Run verify = Cli.run("audit", "verify", "--db", baseline.resolve("audit.db").toString(),
                "--public-key", publicKey.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        List<String> log = Files.readAllLines(CheckpointLog.besides(baseline.resolve("audit.db")));
        assertEquals(EVALUATIONS, log.size());
        for (int i = 0; i < EVALUATIONS; i++) {
            String header = answeredCheckpoints.get(i);
            assertNotNull(header, "evaluation " + (i + 1) + " answered without a checkpoint");
            assertTrue(header.startsWith((i + 1) + " "), header);
            assertTrue(log.contains(header), "answered checkpoint is in the log: " + header);
        }
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang guard: serve must refuse and return, not listen
    void every_tampering_attack_is_named_by_audit_verify_with_the_public_key_and_refused_by_serve() throws Exception {
        Map<String, Attack> attacks = new LinkedHashMap<>();
        attacks.put("delete the newest record", new Attack(ChainProblem.Kind.TAIL_DELETED,
                (c, log) -> sql(c, "DELETE FROM evaluation WHERE seq = " + EVALUATIONS)));
        attacks.put("delete the newest three records", new Attack(ChainProblem.Kind.TAIL_DELETED,
                (c, log) -> sql(c, "DELETE FROM evaluation WHERE seq > " + (EVALUATIONS - 3))));
        attacks.put("delete every record", new Attack(ChainProblem.Kind.TAIL_DELETED,
                (c, log) -> sql(c, "DELETE FROM evaluation")));
        attacks.put("edit the newest record", new Attack(ChainProblem.Kind.EDITED,
                (c, log) -> sql(c, "UPDATE evaluation SET payload_json = replace(payload_json, 'Worse', 'Better') WHERE seq = "
                        + EVALUATIONS)));
        attacks.put("edit the newest record and rehash it", new Attack(ChainProblem.Kind.NOT_AS_SIGNED, (c, log) -> {
            sql(c, "UPDATE evaluation SET payload_json = replace(payload_json, 'Worse', 'Better') WHERE seq = " + EVALUATIONS);
            rehashFrom(c, EVALUATIONS);
        }));
        attacks.put("edit a middle record and rewrite the chain from it", new Attack(ChainProblem.Kind.NOT_AS_SIGNED,
                (c, log) -> {
                    sql(c, "UPDATE evaluation SET payload_json = replace(payload_json, 'Worse', 'Better') WHERE seq = 2");
                    rehashFrom(c, 2);
                }));
        attacks.put("backdate a middle record and rewrite the chain from it", new Attack(ChainProblem.Kind.NOT_AS_SIGNED,
                (c, log) -> {
                    sql(c, "UPDATE evaluation SET created_at = '2020-01-01T00:00:00Z' WHERE seq = 3");
                    rehashFrom(c, 3);
                }));
        attacks.put("delete a middle record", new Attack(ChainProblem.Kind.LINK_BROKEN,
                (c, log) -> sql(c, "DELETE FROM evaluation WHERE seq = 3")));
        attacks.put("delete a middle record, renumber and rehash", new Attack(ChainProblem.Kind.NOT_AS_SIGNED, (c, log) -> {
            sql(c, "DELETE FROM evaluation WHERE seq = 3", "UPDATE evaluation SET seq = seq + 1000000 WHERE seq > 3",
                    "UPDATE evaluation SET seq = seq - 1000001 WHERE seq > 1000000");
            rehashFrom(c, 3);
        }));
        attacks.put("swap two records", new Attack(ChainProblem.Kind.LINK_BROKEN, (c, log) -> sql(c,
                "UPDATE evaluation SET seq = 1000000 WHERE seq = 2", "UPDATE evaluation SET seq = 2 WHERE seq = 3",
                "UPDATE evaluation SET seq = 3 WHERE seq = 1000000")));
        attacks.put("append a forged record with a valid hash", new Attack(ChainProblem.Kind.UNSIGNED_RECORDS,
                (c, log) -> forgeAppend(c)));
        attacks.put("append a forged record and a checkpoint signed with another key",
                new Attack(ChainProblem.Kind.CHECKPOINT_INVALID, (c, log) -> {
                    forgeAppend(c);
                    String[] head = head(c);
                    Files.writeString(log, forgedCheckpoint(Long.parseLong(head[0]), head[1]) + "\n",
                            java.nio.file.StandardOpenOption.APPEND);
                }));
        attacks.put("rewrite the chain and edit the checkpoint log to match", new Attack(ChainProblem.Kind.CHECKPOINT_INVALID,
                (c, log) -> {
                    sql(c, "UPDATE evaluation SET payload_json = replace(payload_json, 'Worse', 'Better') WHERE seq = "
                            + EVALUATIONS);
                    rehashFrom(c, EVALUATIONS);
                    String[] head = head(c);
                    List<String> lines = new ArrayList<>(Files.readAllLines(log));
                    String last = lines.remove(lines.size() - 1);
                    String[] parts = last.split(" ");
                    lines.add(parts[0] + " " + head[1] + " " + parts[2] + " " + parts[3]);
                    Files.write(log, lines);
                }));
        attacks.put("delete the checkpoint log", new Attack(ChainProblem.Kind.NO_CHECKPOINT, (c, log) -> Files.delete(log)));
        attacks.put("edit a stored rule file", new Attack(ChainProblem.Kind.RULE_SET_ALTERED, (c, log) -> sql(c,
                "DROP TRIGGER rule_file_content_no_update",
                "UPDATE rule_file_content SET content = replace(content, '95', '50')"
                        + " WHERE content_hash = (SELECT content_hash FROM rule_set_file WHERE path = 'thresholds.drl')")));
        attacks.put("edit a stored rule file and its content hash", new Attack(ChainProblem.Kind.RULE_SET_ALTERED,
                (c, log) -> editRuleFileConsistently(c)));
        attacks.put("point records at another rule-set version and rehash", new Attack(ChainProblem.Kind.RULE_SET_MISSING,
                (c, log) -> {
                    sql(c, "UPDATE evaluation SET rule_set_version = '" + "ab".repeat(32) + "' WHERE seq >= 4");
                    rehashFrom(c, 4);
                }));

        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Attack> attack : attacks.entrySet()) {
            Path copy = copyBaseline(attack.getKey());
            Path db = copy.resolve("audit.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                sql(c, "DROP TRIGGER evaluation_no_update", "DROP TRIGGER evaluation_no_delete");
                attack.getValue().tamper().apply(c, CheckpointLog.besides(db));
            }
            tried++;
            Cli.Run signed = Cli.run("audit", "verify", "--db", db.toString(), "--public-key", publicKey.toString());
            Cli.Run plain = Cli.run("audit", "verify", "--db", db.toString());
            String kind = attack.getValue().expected().description();
            if (signed.exitCode() == 1 && signed.out().contains(kind)) {
                detectedSigned++;
            } else {
                missed.add(attack.getKey() + ": exit " + signed.exitCode() + ", expected '" + kind + "' in\n" + signed.out()
                        + signed.err());
                continue;
            }
            if (plain.exitCode() == 1) {
                detectedPlain++;
            }
            Cli.Run serve = Cli.run("serve", "--db", db.toString(), "--signing-key", key.toString(), "--port", "0",
                    "--no-watch");
            if (serve.exitCode() == 1 && serve.err().contains("not starting") && serve.err().contains(kind)) {
                serveRefused++;
            } else {
                missed.add(attack.getKey() + ": serve exit " + serve.exitCode() + "\n" + serve.err());
            }
        }
        assertTrue(missed.isEmpty(), String.join("\n\n", missed));
        assertEquals(attacks.size(), detectedSigned);
        assertEquals(attacks.size(), serveRefused);
        assertFalse(detectedPlain == attacks.size(), "the plain chain walk should miss some attacks that the key catches");
    }

    /** One way of changing the files behind the service's back. */
    record Attack(ChainProblem.Kind expected, Tamper tamper) {}

    @FunctionalInterface
    interface Tamper {
        void apply(Connection c, Path checkpointLog) throws Exception;
    }

    private static Path copyBaseline(String name) throws Exception {
        Path copy = Files.createDirectories(folder.resolve(name.replaceAll("[^a-z]+", "-")));
        try (Stream<Path> files = Files.list(baseline)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void sql(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** What a tamperer who knows the chain's hash recipe does: recompute every link from {@code fromSeq} on. */
    private static void rehashFrom(Connection c, long fromSeq) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, id, created_at, rule_set_version, input_digest, payload_json"
                     + " FROM evaluation ORDER BY seq")) {
            while (r.next()) {
                rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)});
            }
        }
        String previous = Hashes.GENESIS;
        try (PreparedStatement hashes = c.prepareStatement("SELECT hash FROM evaluation WHERE seq = ?");
             PreparedStatement update = c.prepareStatement("UPDATE evaluation SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            for (Object[] row : rows) {
                long seq = (Long) row[0];
                String hash;
                if (seq < fromSeq) {
                    hashes.setLong(1, seq);
                    try (ResultSet r = hashes.executeQuery()) {
                        r.next();
                        hash = r.getString(1);
                    }
                } else {
                    hash = ChainHash.of(seq, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                            (String) row[5], previous);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, seq);
                    update.executeUpdate();
                }
                previous = hash;
            }
        }
    }

    private static String[] head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, hash FROM evaluation ORDER BY seq DESC LIMIT 1")) {
            r.next();
            return new String[] {Long.toString(r.getLong(1)), r.getString(2)};
        }
    }

    private static void forgeAppend(Connection c) throws SQLException {
        String[] head = head(c);
        long seq = Long.parseLong(head[0]) + 1;
        try (PreparedStatement copy = c.prepareStatement("INSERT INTO evaluation (seq, id, created_at, rule_set_version,"
                + " input_digest, payload_json, prev_hash, hash) SELECT ?, 'forged-evaluation', created_at, rule_set_version,"
                + " input_digest, payload_json, hash, hash FROM evaluation WHERE seq = ?")) {
            copy.setLong(1, seq);
            copy.setLong(2, seq - 1);
            copy.executeUpdate();
        }
        rehashFrom(c, seq);
    }

    private static String forgedCheckpoint(long sequence, String hash) throws Exception {
        SigningKey other = SigningKey.generate();
        Checkpoint unsigned = new Checkpoint(sequence, hash, Instant.now(), "");
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(other.privateKey());
        s.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        return new Checkpoint(sequence, hash, unsigned.time(), Base64.getEncoder().encodeToString(s.sign())).toLine();
    }

    /** Changes a threshold in the stored thresholds.drl and stores it under its new content hash, as a careful tamperer would. */
    private static void editRuleFileConsistently(Connection c) throws SQLException {
        sql(c, "DROP TRIGGER rule_set_file_no_update");
        String oldHash;
        String content;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT f.content_hash, c.content FROM rule_set_file f JOIN rule_file_content c"
                     + " ON c.content_hash = f.content_hash WHERE f.path = 'thresholds.drl'")) {
            r.next();
            oldHash = r.getString(1);
            content = r.getString(2);
        }
        String edited = content.replace("95", "50");
        assertFalse(edited.equals(content), "thresholds.drl has a 95 to change");
        String newHash = Hashes.sha256(edited);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_file_content (content_hash, content) VALUES (?, ?)");
             PreparedStatement point = c.prepareStatement("UPDATE rule_set_file SET content_hash = ? WHERE content_hash = ?")) {
            insert.setString(1, newHash);
            insert.setString(2, edited);
            insert.executeUpdate();
            point.setString(1, newHash);
            point.setString(2, oldHash);
            point.executeUpdate();
        }
    }
}
