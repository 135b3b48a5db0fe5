package dev.stockbook.state.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the connection pool for a database URL. */
public final class DataSources {
  /** How long a SQLite writer waits for another writer's lock before failing. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

  private DataSources() {}

  public static HikariDataSource pool(Dialect dialect, String url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("stockbook-state");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setInitializationFailTimeout(-1);
    config.setDataSource(dialect == Dialect.SQLITE ? sqlite(url) : postgres(url));
    return new HikariDataSource(config);
  }

  private static SQLiteDataSource sqlite(String url) {
    createParentDirectories(SqliteUrls.file(url));
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
    return source;
  }

  private static void createParentDirectories(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder " + parent, e);
    }
  }
}
