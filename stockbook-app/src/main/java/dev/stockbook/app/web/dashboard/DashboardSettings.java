package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.CursorRepository;
import dev.stockbook.store.config.ConfigValues;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Settings saved from the dashboard: per-connection overrides of the config file, kept in the state
 * database (a row of the cursors table named {@value #NAME}, so every node on the same database
 * sees them) and validated by {@link ConnectionConfig#validate} exactly like the file. Engines
 * built here run with the overrides; the service builds its engines here too to honour them.
 */
public final class DashboardSettings {
  static final String NAME = Wiring.SETTINGS_OVERRIDES;

  /** The keys the settings page edits. */
  public static final List<String> EDITABLE =
      List.of(
          "sync.matchRule",
          "sync.documents",
          "sync.unmatchedSku",
          "sync.fallbackItem",
          "sync.safetyBuffer",
          "sync.schedule");

  private final Wiring wiring;

  public DashboardSettings(Wiring wiring) {
    this.wiring = wiring;
  }

  /** The config's values of {@code connection} with the saved overrides on top. */
  public ConfigValues effective(String connection) {
    return validate(connection, Map.of()).values();
  }

  /**
   * Validates the config plus saved overrides plus {@code changes}, as the config file is
   * validated.
   */
  public ConnectionConfig.Validated validate(String connection, Map<String, String> changes) {
    Map<String, String> merged =
        new LinkedHashMap<>(wiring.config().connection(connection).asMap());
    merged.putAll(overrides(connection));
    merged.putAll(changes);
    return ConnectionConfig.validate(merged, "");
  }

  /**
   * The engine of {@code connection} with the overrides applied, plus {@code extra} for one action.
   */
  public SyncEngine engine(String connection, Map<String, String> extra) {
    ConnectionConfig.Validated v = validate(connection, extra);
    ConfigValues values = v.ok() ? v.values() : wiring.config().connection(connection);
    return new SyncEngine(wiring.context(values));
  }

  public SyncEngine engine(String connection) {
    return engine(connection, Map.of());
  }

  /** The saved overrides of {@code connection} (empty when none). */
  public Map<String, String> overrides(String connection) {
    return wiring
        .state()
        .cursors()
        .get(connection, NAME)
        .map(c -> decode(c.value()))
        .orElse(Map.of());
  }

  /** Saves {@code changes} over the current overrides (compare-and-set; the last writer wins). */
  public void save(String connection, Map<String, String> changes) {
    CursorRepository cursors = wiring.state().cursors();
    for (int attempt = 0; attempt < 5; attempt++) {
      var current = cursors.get(connection, NAME);
      Map<String, String> next =
          new TreeMap<>(current.map(c -> decode(c.value())).orElse(Map.of()));
      next.putAll(changes);
      if (cursors.compareAndSet(
          connection,
          NAME,
          current.map(CursorRepository.Cursor::version).orElse(0L),
          encode(next))) {
        return;
      }
    }
    throw new IllegalStateException(
        "the settings of " + connection + " kept changing while saving; try again");
  }

  static String encode(Map<String, String> values) {
    Properties p = new Properties();
    p.putAll(values);
    StringWriter out = new StringWriter();
    try {
      p.store(out, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  static Map<String, String> decode(String text) {
    return Wiring.decodeSettings(text);
  }
}
