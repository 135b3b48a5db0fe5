package dev.stockbook.app.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (tokens, keys) with AES-256-GCM. The key comes from {@code
 * STOCKBOOK_MASTER_KEY} (base64, 32 bytes) or from a key file created on first use with owner-only
 * permissions. The JDK's own cipher is used: no library is needed for one algorithm.
 */
public final class SecretBox {
  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "the master key must be 32 bytes (base64 of 32 random bytes)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * The key from the environment variable if set, else from {@code keyFile} (created if absent).
   */
  public static SecretBox open(String envKey, Path keyFile) {
    if (envKey != null && !envKey.isBlank()) {
      return new SecretBox(Base64.getDecoder().decode(envKey.trim()));
    }
    try {
      if (!Files.exists(keyFile)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
        ownerOnly(keyFile);
      }
      return new SecretBox(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the master key file " + keyFile, e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }

  public String seal(String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  public String open(String sealedText) {
    if (!sealedText.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a sealed secret");
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealedText.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt a stored secret: wrong master key?", e);
    }
  }
}
