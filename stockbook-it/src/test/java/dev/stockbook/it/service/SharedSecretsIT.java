package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.app.config.OwnerOnlyFiles;
import dev.stockbook.app.config.StartupProblem;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.KeyRotation;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.quickbooks.Tokens;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes on one PostgreSQL share the master key: the first stores its fingerprint beside the sealed
 * secrets, a node with another key (or none) refuses to start, {@code rotate-key} re-seals, and the
 * key, SQLite and config files are their owner's alone.
 */
class SharedSecretsIT {
  private static final String KEY_A = KeyRotation.newKey();
  private static final String KEY_B = KeyRotation.newKey();
  @TempDir Path dir;
  private final PostgresDatabases databases = new PostgresDatabases();
  private QuickBooksSimulator qb;
  private WooCommerceSimulator woo;
  private Map<String, String> settings;

  @BeforeEach
  void simulators() {
    qb = QuickBooksSimulator.builder().start();
    woo = WooCommerceSimulator.builder().backgroundDelivery(false).start();
    settings = DemoWorld.connectionSettings(qb, woo, qb.issueTokens());
  }

  @AfterEach
  void stop() {
    qb.close();
    woo.close();
    databases.dropAll();
  }

  @Test
  void a_node_whose_key_does_not_open_the_stored_secrets_does_not_start() throws Exception {
    StockbookConfig config = config(databases.create(), "");
    Tokens rotated =
        new Tokens("access-1", "refresh-rotated-1", Instant.parse("2026-01-01T00:00:00Z"));
    try (Wiring first = open(config, KEY_A)) {
      first.saveQuickBooksTokens(null, rotated);
    }
    assertThatThrownBy(() -> open(config, KEY_B).close())
        .isInstanceOf(StartupProblem.class)
        .hasMessageContaining("STOCKBOOK_MASTER_KEY")
        .hasMessageContaining("does not open the secrets stored in database.url");

    Path keyFile = dir.resolve("shared.key");
    Files.writeString(keyFile, KEY_A);
    try (Wiring second = open(config(config.databaseUrl(), keyFile.toString()), null)) {
      assertThat(second.state().cursors().get("demo", "quickbooks.tokens")).isPresent();
    }
    StockbookConfig missing = config(config.databaseUrl(), dir.resolve("absent.key").toString());
    assertThatThrownBy(() -> open(missing, null).close())
        .isInstanceOf(StartupProblem.class)
        .hasMessageContaining("secrets.keyFile")
        .hasMessageContaining("does not exist");
    assertThat(dir.resolve("absent.key"))
        .as("no key made up for a database that has one")
        .doesNotExist();
  }

  @Test
  void rotate_key_reseals_every_secret_so_only_the_new_key_opens_them() throws Exception {
    StockbookConfig config = config(databases.create(), "");
    try (Wiring first = open(config, KEY_A)) {
      first.saveQuickBooksTokens(null, new Tokens("a", "r", Instant.EPOCH));
      String before =
          first.state().cursors().get("demo", "quickbooks.tokens").orElseThrow().value();
      assertThat(KeyRotation.rotate(first, KEY_B)).isEqualTo(1);
      assertThat(first.state().cursors().get("demo", "quickbooks.tokens").orElseThrow().value())
          .isNotEqualTo(before);
    }
    assertThatThrownBy(() -> open(config, KEY_A).close()).isInstanceOf(StartupProblem.class);
    try (Wiring after = open(config, KEY_B)) {
      String sealed =
          after.state().cursors().get("demo", "quickbooks.tokens").orElseThrow().value();
      assertThat(after.secrets().open(sealed)).startsWith("a\nr\n");
    }
  }

  @Test
  void key_database_and_config_files_are_created_owner_only() throws Exception {
    Path db = dir.resolve("state").resolve("stockbook.db");
    try (Wiring w = open(config("jdbc:sqlite:" + db, ""), null)) {
      assertThat(w.state().cursors().get("demo", "anything")).isEmpty();
    }
    assertThat(OwnerOnlyFiles.isOwnerOnly(db)).as("the SQLite file").isTrue();
    assertThat(OwnerOnlyFiles.isOwnerOnly(db.resolveSibling("master.key"))).as("the key").isTrue();
    Path written = dir.resolve("written").resolve("stockbook.yaml");
    ConfigWriter.write(written, "jdbc:sqlite:" + db, settings);
    assertThat(OwnerOnlyFiles.isOwnerOnly(written)).as("simulate --write-config").isTrue();
    try (var files = Files.list(written.getParent())) {
      assertThat(files.toList()).as("no temporary file left").containsExactly(written);
    }
  }

  private StockbookConfig config(String url, String keyFile) {
    return new StockbookConfig(
            url, 0, "", List.of(ConnectionConfig.validate(settings, "").values()))
        .withNode(new StockbookConfig.Node("127.0.0.1", "", keyFile));
  }

  private static Wiring open(StockbookConfig config, String key) {
    Function<String, String> env = name -> "STOCKBOOK_MASTER_KEY".equals(name) ? key : null;
    return Wiring.open(config, Clock.systemUTC(), RateGovernors.real(), env);
  }
}
