package dev.stockbook.state.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the connection pool for a database URL. */
public final class DataSources {
  /** How long a SQLite writer waits for another writer's lock before failing. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

  /** How long opening a connection may take before the database counts as unreachable. */
  static final int CONNECT_TIMEOUT_SECONDS = 4;

  private DataSources() {}

  public static HikariDataSource pool(Dialect dialect, String url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("stockbook-state");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setInitializationFailTimeout(-1);
    // A database that does not answer is reported within seconds, not after Hikari's 30 s default.
    config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
    config.setDataSource(dialect == Dialect.SQLITE ? sqlite(url) : postgres(url));
    return new HikariDataSource(config);
  }

  private static SQLiteDataSource sqlite(String url) {
    createOwnerOnly(SqliteUrls.file(url));
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    // FULL (the default) keeps a committed ledger row through a power loss, not only a crash.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // A transaction takes the write lock when it begins, waiting for it up to the busy timeout. A
    // deferred one that reads, then writes, fails at once with SQLITE_BUSY when another connection
    // wrote in between (its snapshot is stale), which the busy timeout cannot help.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url);
    return source;
  }

  private static PGSimpleDataSource postgres(String url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    if (!url.contains("connectTimeout=")) {
      source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    if (!url.contains("loginTimeout=")) {
      source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    return source;
  }

  /**
   * Creates the database's folder, and the file itself readable by its owner only (SQLite gives its
   * -wal and -shm files the same mode); an existing file is left as it is.
   */
  private static void createOwnerOnly(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder " + parent, e);
    }
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException createdMeanwhile) {
      // another process made it first
    } catch (UnsupportedOperationException notPosix) {
      // SQLite creates it on first use with the platform's defaults
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database file " + file, e);
    }
  }
}
