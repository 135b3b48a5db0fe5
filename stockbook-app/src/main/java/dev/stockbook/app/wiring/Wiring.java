package dev.stockbook.app.wiring;

import dev.stockbook.app.config.ConfigFile;
import dev.stockbook.app.config.StartupProblem;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.core.books.Books;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.ConnectionSettings;
import dev.stockbook.core.engine.RetryPolicy;
import dev.stockbook.core.engine.Sleeper;
import dev.stockbook.core.engine.SyncContext;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.StateStore;
import dev.stockbook.quickbooks.NameCache;
import dev.stockbook.quickbooks.OAuthTokens;
import dev.stockbook.quickbooks.QuickBooksBooks;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.quickbooks.RequestListener;
import dev.stockbook.quickbooks.Tokens;
import dev.stockbook.state.Databases;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreConnectors;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the running parts from a validated config: the state store, and per connection the store
 * connector (found by {@link StoreConnectors}), the QuickBooks client with stored tokens, and the
 * engine. The only place where the modules meet.
 */
public final class Wiring implements AutoCloseable {
  private final StockbookConfig config;
  private final StateStore state;
  private final Clock clock;
  private final SecretBox box;
  private volatile RequestListener quickbooksListener = RequestListener.NONE;
  private RateGovernors governors;
  private final java.util.List<DatabaseRateBudget> budgets =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Names QuickBooks resolved (customers, accounts, payment methods), one cache per company, kept
   * across turns: the engine is rebuilt every turn, the names it looked up need not be.
   */
  private final Map<String, NameCache> names = new java.util.concurrent.ConcurrentHashMap<>();

  private Wiring(
      StockbookConfig config,
      StateStore state,
      Clock clock,
      SecretBox box,
      RateGovernors governors) {
    this.governors = governors;
    this.config = config;
    this.state = state;
    this.clock = clock;
    this.box = box;
  }

  /**
   * With QuickBooks rate governors that draw from the company's budget in the state database
   * (shared by every node on PostgreSQL) and keep its monthly call count.
   */
  public static Wiring open(StockbookConfig config, Clock clock) {
    return open(config, clock, null, System::getenv);
  }

  /** With the QuickBooks rate governors to use (tests and benchmarks on simulators). */
  public static Wiring open(StockbookConfig config, Clock clock, RateGovernors governors) {
    return open(config, clock, governors, System::getenv);
  }

  /**
   * With the environment to read {@code STOCKBOOK_MASTER_KEY} from.
   *
   * @throws StartupProblem when the database cannot be opened or the master key does not open its
   *     secrets (the command exits 2)
   */
  public static Wiring open(
      StockbookConfig config, Clock clock, RateGovernors governors, Function<String, String> env) {
    StateStore state = openDatabase(config.databaseUrl());
    try {
      SecretBox box = MasterKey.open(config, state.cursors(), env);
      Wiring wiring = new Wiring(config, state, clock, box, governors);
      if (governors == null) {
        wiring.governors = wiring.databaseGovernors();
      }
      return wiring;
    } catch (RuntimeException e) {
      closeQuietly(state);
      throw e;
    }
  }

  /**
   * Opens and migrates the state database; a database that does not answer (within the pool's 5 s),
   * cannot be written or is not a kind Stockbook knows is a problem of {@code database.url}.
   */
  static StateStore openDatabase(String url) {
    try {
      return Databases.open(url);
    } catch (RuntimeException e) {
      throw new StartupProblem(
          "database.url: cannot open " + ConfigFile.redacted(url) + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  private static void closeQuietly(StateStore state) {
    try {
      state.close();
    } catch (Exception ignored) {
      // already failing for a better reason
    }
  }

  /** The QuickBooks rate governors, one per company, every engine of this wiring uses. */
  public RateGovernors governors() {
    return governors;
  }

  private RateGovernors databaseGovernors() {
    if (!(state instanceof dev.stockbook.state.DatabaseStateStore db) || !db.shared()) {
      // One node (SQLite): the process's governors pace every Wiring this process opens, as one
      // sync after another in one JVM must not start from an empty second each time.
      return RateGovernors.processWide();
    }
    boolean shared = true;
    return new RateGovernors(
        Clock.systemUTC(),
        Sleeper.REAL,
        company -> {
          DatabaseRateBudget budget = new DatabaseRateBudget(db.rateBudget(), company, shared);
          budgets.add(budget);
          return budget;
        });
  }

  /** Each company's QuickBooks calls this month (UTC), as the state database has counted them. */
  public Map<String, Long> quickBooksCallsThisMonth() {
    if (!(state instanceof dev.stockbook.state.DatabaseStateStore db)) {
      return Map.of();
    }
    budgets.forEach(b -> b.flush(clock.instant()));
    return db.rateBudget()
        .monthly(java.time.YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC)));
  }

  public StateStore state() {
    return state;
  }

  public StockbookConfig config() {
    return config;
  }

  /** The master-key box that seals secrets kept in the database. */
  public SecretBox secrets() {
    return box;
  }

  /** Told about every QuickBooks exchange of engines built from now on (metrics). */
  public void observeQuickBooks(RequestListener listener) {
    this.quickbooksListener = listener == null ? RequestListener.NONE : listener;
  }

  /**
   * Stores tokens just obtained by connecting QuickBooks (sealed), so that the next engine of
   * {@code connection} uses them instead of the config's.
   */
  public void saveQuickBooksTokens(String connection, Tokens tokens) {
    ConfigValues v = config.connection(connection);
    StoredTokens stored = new StoredTokens(state.cursors(), v.string("name"), box);
    stored.current(
        new Tokens(
            v.string("quickbooks.accessToken"),
            v.string("quickbooks.refreshToken"),
            Instant.EPOCH));
    stored.save(tokens);
  }

  /** The engine of the named connection (or the only one). */
  public SyncEngine engine(String connection) {
    return new SyncEngine(context(config.connection(connection)));
  }

  /**
   * Where the dashboard keeps a connection's settings overrides (the config file stays as written).
   */
  public static final String SETTINGS_OVERRIDES = "dashboard.settings";

  /**
   * A connection's config values with the overrides saved from the dashboard on top, validated like
   * the file; when they do not validate (the file changed since), the file's values.
   */
  public ConfigValues effective(ConfigValues fromConfig) {
    Map<String, String> overrides = overrides(fromConfig.string("name"));
    if (overrides.isEmpty()) {
      return fromConfig;
    }
    Map<String, String> merged = new LinkedHashMap<>(fromConfig.asMap());
    merged.putAll(overrides);
    ConnectionConfig.Validated v = ConnectionConfig.validate(merged, "");
    return v.ok() ? v.values() : fromConfig;
  }

  /** The saved overrides of a connection (properties text in the state database), or none. */
  public Map<String, String> overrides(String connection) {
    return state
        .cursors()
        .get(connection, SETTINGS_OVERRIDES)
        .map(c -> decodeSettings(c.value()))
        .orElse(Map.of());
  }

  public static Map<String, String> decodeSettings(String text) {
    java.util.Properties p = new java.util.Properties();
    try {
      p.load(new java.io.StringReader(text == null ? "" : text));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, String> values = new java.util.TreeMap<>();
    p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
    return values;
  }

  public SyncContext context(ConfigValues values) {
    ConnectionSettings settings =
        ConnectionConfig.settings(values).withSameCompany(sameCompany(values));
    return new SyncContext(
        settings,
        store(values),
        books(values, settings),
        state,
        clock,
        RetryPolicy.standard(Sleeper.REAL, new java.util.Random()));
  }

  /**
   * The other configured connections on the same QuickBooks company (same API and realm): their
   * stores sell the same stock, so what they sold and QuickBooks has not yet seen is held back
   * here.
   */
  public Set<String> sameCompany(ConfigValues v) {
    Set<String> others = new TreeSet<>();
    for (ConfigValues other : config.connections()) {
      if (!other.string("name").equals(v.string("name"))
          && other.string("quickbooks.realmId").equals(v.string("quickbooks.realmId"))
          && other.string("quickbooks.baseUrl").equals(v.string("quickbooks.baseUrl"))) {
        others.add(other.string("name"));
      }
    }
    return others;
  }

  StoreConnector store(ConfigValues v) {
    StoreConnectorFactory factory = StoreConnectors.installed().get(v.string("store.type"));
    return factory.create(storeSettings(v));
  }

  /** What the connection's store connector is given: its own keys, the timeout and the clock. */
  public StoreSettings storeSettings(ConfigValues v) {
    return new StoreSettings(
        v.string("name"),
        v.under(ConnectionConfig.STORE_PREFIX),
        v.duration("store.timeout"),
        clock);
  }

  Books books(ConfigValues v, ConnectionSettings settings) {
    String name = v.string("name");
    StoredTokens stored = new StoredTokens(state.cursors(), name, box);
    String access = v.string("quickbooks.accessToken");
    Tokens fromConfig =
        new Tokens(
            access,
            v.string("quickbooks.refreshToken"),
            access.isBlank() ? Instant.EPOCH : clock.instant().plusSeconds(50 * 60));
    OAuthTokens tokens =
        OAuthTokens.builder()
            .tokenUrl(URI.create(v.string("quickbooks.tokenUrl")))
            .client(v.string("quickbooks.clientId"), v.string("quickbooks.clientSecret"))
            .tokens(stored.current(fromConfig))
            .store(stored)
            .clock(clock)
            .listener(quickbooksListener)
            .build();
    QuickBooksClient client =
        QuickBooksClient.builder()
            .baseUrl(v.string("quickbooks.baseUrl"))
            .realmId(v.string("quickbooks.realmId"))
            .tokens(tokens)
            .governor(
                governors.forCompany(
                    v.string("quickbooks.baseUrl"), v.string("quickbooks.realmId")))
            .clock(clock)
            .listener(quickbooksListener)
            .build();
    return new QuickBooksBooks(
        client,
        clock,
        new QuickBooksBooks.Options(settings.batchSize(), 100),
        names.computeIfAbsent(
            v.string("quickbooks.baseUrl") + "|" + v.string("quickbooks.realmId"),
            company -> new NameCache(clock)));
  }

  @Override
  public void close() throws Exception {
    try {
      budgets.forEach(b -> b.flush(clock.instant()));
    } catch (RuntimeException e) {
      // the count of a few seconds is lost; the database is going away anyway
    }
    state.close();
  }
}
