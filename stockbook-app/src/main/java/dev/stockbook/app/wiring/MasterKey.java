package dev.stockbook.app.wiring;

import dev.stockbook.app.config.OwnerOnlyFiles;
import dev.stockbook.app.config.StartupProblem;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.core.state.CursorRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the master key and proves it is the one the database's secrets were sealed with. The key is
 * {@code STOCKBOOK_MASTER_KEY} (base64 of 32 bytes) if set, else the file {@code secrets.keyFile},
 * else {@code master.key} next to a SQLite file or in {@code ~/.stockbook}. The database keeps the
 * key's {@linkplain SecretBox#fingerprint fingerprint} beside the secrets: the first node stores it
 * (making the key file if there is none), every later node must present a key with the same
 * fingerprint or it does not start, instead of failing every turn later with secrets it cannot
 * open.
 */
public final class MasterKey {
  /** Where the fingerprint lives: a cursor of no connection. */
  static final String OWNER = "_stockbook";

  static final String FINGERPRINT = "secrets.keyFingerprint";
  static final String ENV = "STOCKBOOK_MASTER_KEY";

  private MasterKey() {}

  /** The box of this node's key, checked against the fingerprint in the database. */
  static SecretBox open(
      StockbookConfig config, CursorRepository cursors, Function<String, String> env) {
    Optional<String> first = cursors.get(OWNER, FINGERPRINT).map(CursorRepository.Cursor::value);
    String where = source(config, env);
    SecretBox box = read(config, env).orElseGet(() -> create(config, first));
    Optional<String> stored = first;
    String mine = box.fingerprint();
    if (stored.isEmpty()) {
      if (cursors.compareAndSet(OWNER, FINGERPRINT, 0, mine)) {
        return box;
      }
      stored = cursors.get(OWNER, FINGERPRINT).map(CursorRepository.Cursor::value);
    }
    if (!stored.orElseThrow().equals(mine)) {
      throw new StartupProblem(
          "the master key from "
              + where
              + " does not open the secrets stored in database.url (another key sealed them):"
              + " give this node the key the other nodes use, through "
              + ENV
              + " or secrets.keyFile");
    }
    return box;
  }

  /** Where this node's key is read from, for messages (never the key). */
  static String source(StockbookConfig config, Function<String, String> env) {
    String fromEnv = env.apply(ENV);
    return fromEnv != null && !fromEnv.isBlank() ? ENV : keyFile(config).toString();
  }

  /** The configured key file, or the default place for the database. */
  public static Path keyFile(StockbookConfig config) {
    String configured = config.node().masterKeyFile();
    return configured.isBlank() ? defaultKeyFile(config.databaseUrl()) : Path.of(configured);
  }

  /** Next to a SQLite file; for other databases in {@code ~/.stockbook}. */
  static Path defaultKeyFile(String databaseUrl) {
    if (databaseUrl.startsWith("jdbc:sqlite:")) {
      Path db = Path.of(databaseUrl.substring("jdbc:sqlite:".length())).toAbsolutePath();
      return db.getParent().resolve("master.key");
    }
    return Path.of(System.getProperty("user.home"), ".stockbook", "master.key");
  }

  private static Optional<SecretBox> read(StockbookConfig config, Function<String, String> env) {
    String fromEnv = env.apply(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(SecretBox.ofBase64(fromEnv, ENV));
    }
    Path file = keyFile(config);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SecretBox.ofBase64(Files.readString(file), where(config, file)));
    } catch (IOException e) {
      throw new StartupProblem(where(config, file) + ": cannot read the master key file: " + e);
    }
  }

  /** The first node of a database makes the key; any later one must be given it. */
  private static SecretBox create(StockbookConfig config, Optional<String> stored) {
    Path file = keyFile(config);
    if (stored.isPresent()) {
      throw new StartupProblem(
          where(config, file)
              + " does not exist, and the secrets in database.url were sealed with a key: give"
              + " this node that key (the file other nodes use, or "
              + ENV
              + ")");
    }
    try {
      OwnerOnlyFiles.create(file, SecretBox.newKeyText() + "\n");
      return SecretBox.ofBase64(Files.readString(file), where(config, file));
    } catch (IOException e) {
      throw new StartupProblem(where(config, file) + ": cannot create the master key file: " + e);
    }
  }

  private static String where(StockbookConfig config, Path file) {
    return config.node().masterKeyFile().isBlank() ? file.toString() : "secrets.keyFile " + file;
  }
}
