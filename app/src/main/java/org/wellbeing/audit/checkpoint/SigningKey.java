package org.wellbeing.audit.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ed25519 key pair for signing audit checkpoints. The private key lives outside the audit database: in
 * a file made by {@code keygen} or in an environment variable holding that file's text.
 *
 * <p>Key file text: {@code private-key: <base64 PKCS#8>} and {@code public-key: <base64 X.509>} (the JDK
 * cannot derive an Ed25519 public key from the private one, so both are kept). A public key file holds only
 * the {@code public-key:} line. Lines starting with {@code #} are comments.
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {
    static final String ALGORITHM = "Ed25519";
    private static final Pattern PRIVATE = Pattern.compile("(?m)^\\s*private-key:\\s*(\\S+)");
    private static final Pattern PUBLIC = Pattern.compile("(?m)(?:^|\\s)public-key:\\s*(\\S+)");

    /** A fresh key pair. */
    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
        }
    }

    /** Reads a key file's text; {@code source} names it in errors (a path, or the environment variable). */
    public static SigningKey parse(String text, String source) {
        String priv = field(PRIVATE, text, source, "private-key");
        PublicKey pub = parsePublic(text, source);
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(priv)));
            SigningKey pair = new SigningKey(key, pub);
            if (!pair.matches()) {
                throw new KeyFileException(source + ": private-key and public-key are not one key pair");
            }
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyFileException(source + ": private-key is not a base64 " + ALGORITHM + " PKCS#8 key ("
                    + e.getMessage() + ")");
        }
    }

    /** Reads a signing key file. */
    public static SigningKey read(Path file) {
        return parse(readText(file), file.toString());
    }

    /** Reads a public key file (or a signing key file: its public half). */
    public static PublicKey readPublic(Path file) {
        return parsePublic(readText(file), file.toString());
    }

    /** Writes the private key file (owner-only where the file system allows) and the public key file; refuses to overwrite. */
    public void write(Path privateFile, Path publicFile) throws IOException {
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                throw new KeyFileException(p + " exists already: refusing to overwrite a key");
            }
        }
        String pub = "public-key: " + Base64.getEncoder().encodeToString(publicKey.getEncoded()) + "\n";
        String priv = "# wellbeing audit checkpoint signing key (" + ALGORITHM + "). Keep it secret and outside the"
                + " audit database's folder.\nprivate-key: " + Base64.getEncoder().encodeToString(privateKey.getEncoded())
                + "\n" + pub;
        createPrivate(privateFile);
        Files.writeString(privateFile, priv, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(publicFile, "# wellbeing audit checkpoint public key (" + ALGORITHM + "): give it to auditors\n"
                + pub, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
    }

    /** The base64 X.509 public key, as key files hold it. */
    public String publicKeyText() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + ALGORITHM + " failed", e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean matches() {
        byte[] probe = "key pair check".getBytes(StandardCharsets.US_ASCII);
        return verify(publicKey, probe, sign(probe));
    }

    private static PublicKey parsePublic(String text, String source) {
        String pub = field(PUBLIC, text, source, "public-key");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pub)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyFileException(source + ": public-key is not a base64 " + ALGORITHM + " X.509 key ("
                    + e.getMessage() + ")");
        }
    }

    private static String field(Pattern pattern, String text, String source, String name) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new KeyFileException(source + ": no '" + name + ":' line (make a key with the keygen command)");
        }
        return m.group(1);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyFileException("cannot read key file " + file + ": " + e.getMessage());
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }
}
