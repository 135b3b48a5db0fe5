package dev.stockbook.sim.quickbooks;

import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.common.SimHttpServer;
import dev.stockbook.sim.quickbooks.internal.CompanyTime;
import dev.stockbook.sim.quickbooks.internal.DemoCompany;
import dev.stockbook.sim.quickbooks.internal.DemoTaxes;
import dev.stockbook.sim.quickbooks.internal.EntityStore;
import dev.stockbook.sim.quickbooks.internal.OAuth;
import dev.stockbook.sim.quickbooks.internal.OAuthRoutes;
import dev.stockbook.sim.quickbooks.internal.QboApi;
import dev.stockbook.sim.quickbooks.internal.RateLimiter;
import dev.stockbook.sim.quickbooks.internal.Webhooks;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A QuickBooks Online simulator: a real HTTP server on 127.0.0.1 serving one company (realm) with
 * the Accounting API v3, OAuth 2 endpoints and signed webhooks, driven by a {@link SimClock}, a
 * seeded {@link FaultPlan} and {@link QuickBooksOptions}. See {@code docs/simulators.md}.
 */
public final class QuickBooksSimulator implements AutoCloseable {
  private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final String realmId;
  private final String clientId;
  private final String clientSecret;
  private final String verifierToken;
  private final QuickBooksOptions options;
  private final SimClock clock;
  private final OAuth oauth;
  private final EntityStore store;
  private final Webhooks webhooks;
  private final SimHttpServer server;

  private QuickBooksSimulator(Builder b) {
    realmId = b.realmId;
    options = b.options;
    clock = b.clock;
    oauth = new OAuth(clock, b.seed);
    clientId = "sim-client-" + oauth.hex(8);
    clientSecret = "sim-secret-" + oauth.hex(16);
    verifierToken = "sim-verifier-" + oauth.hex(16);
    CompanyTime time = new CompanyTime(clock);
    webhooks = new Webhooks(clock, options, realmId, verifierToken, b.seed);
    store = new EntityStore(time, options, webhooks::onChange, b.company);
    OAuthRoutes oauthRoutes = new OAuthRoutes(oauth, realmId, clientId, clientSecret);
    QboApi api =
        new QboApi(
            realmId,
            options,
            time,
            store,
            oauth,
            oauthRoutes,
            new RateLimiter(clock, options),
            b.seed);
    server =
        new SimHttpServer(
            b.port, clock, new Journal(), b.faults, api, api::errorBody, MAX_BODY_BYTES);
    oauthRoutes.base(server.baseUri());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static QuickBooksSimulator start() {
    return builder().start();
  }

  /** {@code http://127.0.0.1:PORT/v3/company}; the realm goes after it. */
  public URI baseUrl() {
    return URI.create(server.baseUri() + "/v3/company");
  }

  public String realmId() {
    return realmId;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public URI tokenUrl() {
    return URI.create(server.baseUri() + OAuthRoutes.TOKEN);
  }

  public URI authorizeUrl() {
    return URI.create(server.baseUri() + OAuthRoutes.AUTHORIZE);
  }

  public URI revokeUrl() {
    return URI.create(server.baseUri() + OAuthRoutes.REVOKE);
  }

  public URI discoveryUrl() {
    return URI.create(server.baseUri() + OAuthRoutes.DISCOVERY);
  }

  /** {@code http://127.0.0.1:PORT}, where the {@code /_sim/} control routes live. */
  public URI serverUrl() {
    return server.baseUri();
  }

  public int port() {
    return server.port();
  }

  public String webhookVerifierToken() {
    return verifierToken;
  }

  /** A fresh token pair, as if the OAuth flow had just completed. */
  public Tokens issueTokens() {
    return oauth.issue();
  }

  /** Creates the demo company described in {@code docs/simulators.md}. */
  public void seedDemoCompany() {
    new DemoCompany(store).seed(new CompanyTime(clock).today());
  }

  /**
   * Adds inventory items named (and with the SKU) {@code names}, each with {@code quantity} on hand
   * and {@code unitPrice}, on the demo company's accounts (call {@link #seedDemoCompany} first).
   * For benchmarks with a large catalog: much faster than creating them over HTTP. Returns the item
   * ids in the order of {@code names}.
   */
  public List<String> seedInventoryItems(List<String> names, long quantity, BigDecimal unitPrice) {
    return new DemoCompany(store)
        .inventoryItems(names, quantity, unitPrice, new CompanyTime(clock).today());
  }

  /**
   * Adds a tax code made of one tax rate per entry of {@code ratesByName} (percent values), the way
   * TaxService creates them; returns the TaxCode Id. For US companies such a code goes in {@code
   * TxnTaxDetail.TxnTaxCodeRef}; elsewhere in each line's {@code TaxCodeRef}.
   */
  public String seedTaxCode(String name, Map<String, BigDecimal> ratesByName) {
    return new DemoTaxes(store).code(name, ratesByName, false);
  }

  /**
   * Sets the company's exchange rate for {@code currency} from {@code asOf} on: home-currency units
   * per unit of {@code currency}, as QuickBooks records them. Documents in that currency without an
   * {@code ExchangeRate} take the rate in force on their {@code TxnDate}.
   */
  public void seedExchangeRate(String currency, LocalDate asOf, BigDecimal rate) {
    if (!store.settings().multiCurrency()) {
      throw new IllegalStateException("multicurrency is off for this company");
    }
    store.exchangeRate(currency, asOf, rate);
  }

  /** The company set up by {@link Builder#company}. */
  public CompanySettings company() {
    return store.settings();
  }

  /** Where signed webhooks go; {@code null} turns them off (changes are then not queued). */
  public void webhookUrl(URI url) {
    webhooks.target(url);
  }

  /**
   * Sends every webhook delivery that is due on the simulator clock; returns how many got a 2xx.
   */
  public int deliverDueWebhooks() {
    return webhooks.deliverDue();
  }

  public Journal journal() {
    return server.journal();
  }

  public FaultPlan faults() {
    return server.faults();
  }

  public SimClock clock() {
    return clock;
  }

  public QuickBooksOptions options() {
    return options;
  }

  @Override
  public void close() {
    webhooks.close();
    server.close();
  }

  /** Options for {@link QuickBooksSimulator}; every one has a default. */
  public static final class Builder {
    private int port;
    private SimClock clock = SimClock.system();
    private long seed = 1;
    private FaultPlan faults;
    private QuickBooksOptions options = new QuickBooksOptions();
    private String realmId = "9341455555555555";
    private CompanySettings company = CompanySettings.us();

    private Builder() {}

    /** The company's region, currencies and tracking; default {@link CompanySettings#us()}. */
    public Builder company(CompanySettings company) {
      this.company = company;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder clock(SimClock clock) {
      this.clock = clock;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder faults(FaultPlan faults) {
      this.faults = faults;
      return this;
    }

    public Builder options(QuickBooksOptions options) {
      this.options = options;
      return this;
    }

    public Builder realmId(String realmId) {
      this.realmId = realmId;
      return this;
    }

    public QuickBooksSimulator start() {
      if (faults == null) {
        faults = new FaultPlan(seed);
      }
      QuickBooksSimulator simulator = new QuickBooksSimulator(this);
      simulator.server.start();
      return simulator;
    }
  }
}
