package dev.stockbook.core.config;

import static dev.stockbook.store.config.ConfigKey.Type.BOOLEAN;
import static dev.stockbook.store.config.ConfigKey.Type.DURATION;
import static dev.stockbook.store.config.ConfigKey.Type.INT;
import static dev.stockbook.store.config.ConfigKey.Type.LIST;
import static dev.stockbook.store.config.ConfigKey.Type.MAP;
import static dev.stockbook.store.config.ConfigKey.Type.STRING;
import static dev.stockbook.store.config.ConfigKey.Type.URL;

import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.engine.ConnectionSettings;
import dev.stockbook.core.engine.ConnectionSettings.UnmatchedSku.Policy;
import dev.stockbook.core.engine.SoldRule;
import dev.stockbook.core.engine.documents.Bookkeeping;
import dev.stockbook.core.engine.documents.Currencies;
import dev.stockbook.core.engine.documents.GatewayFees;
import dev.stockbook.core.engine.documents.GiftCards;
import dev.stockbook.core.engine.documents.Tagging;
import dev.stockbook.core.engine.documents.TaxMapping;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreConnectors;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The declared settings of one connection (a QuickBooks company plus a store). Config files, the
 * admin API and docs/configuration.md all read this one list.
 */
public final class ConnectionConfig {
  /** The keys of every connection, whatever its store; the connector's own keys come on top. */
  public static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.required(
              "name", STRING, false, "Unique name of the connection (letters, digits, - and _)."),
          ConfigKey.optional(
              "quickbooks.baseUrl",
              URL,
              "https://quickbooks.api.intuit.com/v3/company",
              "QuickBooks API base, up to /v3/company."),
          ConfigKey.required(
              "quickbooks.realmId", STRING, false, "The QuickBooks company id (realm)."),
          ConfigKey.required(
              "quickbooks.clientId", STRING, false, "OAuth client id of your Intuit app."),
          ConfigKey.required(
              "quickbooks.clientSecret", STRING, true, "OAuth client secret of your Intuit app."),
          ConfigKey.secret(
              "quickbooks.accessToken",
              "Current access token (optional; refreshed automatically)."),
          ConfigKey.secret(
              "quickbooks.refreshToken",
              "Refresh token from connecting QuickBooks (or run 'stockbook connect quickbooks', which stores it sealed in the database)."),
          ConfigKey.optional(
              "quickbooks.authorizeUrl",
              URL,
              "https://appcenter.intuit.com/connect/oauth2",
              "OAuth authorization page ('stockbook connect quickbooks')."),
          ConfigKey.optional(
              "quickbooks.tokenUrl",
              URL,
              "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
              "OAuth token endpoint."),
          ConfigKey.secret(
              "quickbooks.webhookVerifierToken", "Verifier token of your Intuit app's webhooks."),
          ConfigKey.optional(
              "store.type",
              STRING,
              "",
              "Store platform: the type of an installed store connector (the connector's keys follow)."),
          ConfigKey.secret("store.webhookSecret", "Secret of the store's webhooks to Stockbook."),
          ConfigKey.optional("store.timeout", DURATION, "30s", "Timeout of one store request."),
          ConfigKey.choice(
              "sync.matchRule",
              "name",
              List.of("name", "sku", "fully-qualified-name"),
              "Store SKU = QuickBooks item Name, Sku or FullyQualifiedName."),
          ConfigKey.optional(
              "sync.soldStatuses",
              LIST,
              "paid,fulfilled,on_hold",
              "Order states that mean sold: placed, on_hold, paid, fulfilled (refunded orders always"
                  + " are); a status word of the store's own counts too."),
          ConfigKey.choice(
              "sync.documents",
              "auto",
              List.of("auto", "sales-receipt", "invoice"),
              "auto: paid orders become sales receipts, unpaid ones invoices."),
          ConfigKey.optional(
              "sync.docNumberPrefix",
              STRING,
              "WEB-",
              "Prefix of QuickBooks document numbers (prefix + order number at most 21 characters)."),
          ConfigKey.choice(
              "sync.customer",
              "web-store",
              List.of("web-store", "match-by-email"),
              "One shared customer, or the buyer matched by email."),
          ConfigKey.optional(
              "sync.webStoreCustomer", STRING, "Web Store", "Display name of the shared customer."),
          ConfigKey.choice(
              "sync.unmatchedSku",
              "create-inventory",
              List.of("create-inventory", "create-non-inventory", "hold", "fallback"),
              "What to do with a SKU QuickBooks lacks."),
          ConfigKey.optional(
              "sync.fallbackItem",
              STRING,
              "",
              "Item for unmatched SKUs when unmatchedSku is fallback."),
          ConfigKey.optional(
              "sync.incomeAccount",
              STRING,
              "Sales of Product Income",
              "Income account of items Stockbook creates."),
          ConfigKey.optional(
              "sync.assetAccount",
              STRING,
              "Inventory Asset",
              "Inventory asset account of items Stockbook creates."),
          ConfigKey.optional(
              "sync.expenseAccount",
              STRING,
              "Cost of Goods Sold",
              "Cost of goods sold account of items Stockbook creates."),
          ConfigKey.optional(
              "sync.depositAccounts",
              MAP,
              "*=Undeposited Funds",
              "Payment method = deposit account, * for all others."),
          ConfigKey.optional(
              "sync.feeItem",
              STRING,
              "Fees",
              "Item store fees are posted to (created if missing)."),
          ConfigKey.optional(
              "sync.refundItem",
              STRING,
              "Store refunds",
              "Item for refunds without restock (created if missing)."),
          ConfigKey.optional("sync.currency", STRING, "USD", "The QuickBooks company's currency."),
          ConfigKey.choice(
              "sync.salesTax",
              "us",
              List.of("us", "tax-codes"),
              "us: lines are TAX or NON and the store's tax is the document's (US companies,"
                  + " automated sales tax too); tax-codes: every line carries the QuickBooks tax"
                  + " code sync.taxCodes maps its store rates to (non-US companies)."),
          ConfigKey.optional(
              "sync.taxCodes",
              MAP,
              "",
              "Store tax rate = QuickBooks tax code (rates of one line joined with +), none= for"
                  + " untaxed lines, *= for any other rate; an order with a rate not mapped waits."),
          ConfigKey.optional(
              "sync.currencies",
              LIST,
              "",
              "Currencies besides sync.currency that orders post in, with CurrencyRef and a"
                  + " customer in that currency (QuickBooks multicurrency on); others wait."),
          ConfigKey.optional(
              "sync.exchangeRates",
              MAP,
              "",
              "Currency = home-currency units per unit, sent as ExchangeRate; a currency not"
                  + " listed gets QuickBooks' rate of the day."),
          ConfigKey.optional(
              "sync.class", STRING, "", "QuickBooks Class of every document (ClassRef)."),
          ConfigKey.optional(
              "sync.classes", MAP, "", "Payment method = QuickBooks Class, over sync.class."),
          ConfigKey.optional(
              "sync.location",
              STRING,
              "",
              "QuickBooks location (Department) of every document (DepartmentRef)."),
          ConfigKey.optional(
              "sync.locations",
              MAP,
              "",
              "Payment method = QuickBooks location, over sync.location."),
          ConfigKey.optional(
              "sync.giftCardSkus",
              LIST,
              "",
              "Store SKUs of gift cards: sold to the gift card item (a liability), not revenue."),
          ConfigKey.optional(
              "sync.giftCardItem",
              STRING,
              "Gift Card",
              "Item gift card sales and redemptions are posted to (created if missing)."),
          ConfigKey.optional(
              "sync.giftCardAccount",
              STRING,
              "Gift Card Liability",
              "Liability account of the gift card item when Stockbook creates it."),
          ConfigKey.optional(
              "sync.giftCardRedemptions",
              LIST,
              "",
              "Name prefixes of the store's negative fee lines that are gift card or store credit"
                  + " redemptions: a payment off the liability, not a discount."),
          ConfigKey.choice(
              "sync.posting",
              "per-order",
              List.of("per-order", "daily-summary"),
              "per-order: one document per order; daily-summary: one sales receipt per UTC day"
                  + " grouped by SKU, refunds of the day in it, posted once the day (plus"
                  + " sync.orderOverlap) is over."),
          ConfigKey.optional(
              "sync.gatewayFees",
              MAP,
              "",
              "Payment method = what its gateway keeps of a paid order (2.9%+0.30): a negative line"
                  + " on the gateway fee item, so the receipt is what the gateway pays out."),
          ConfigKey.optional(
              "sync.gatewayFeeItem",
              STRING,
              "Merchant Fees",
              "Item gateway fees are posted to (created if missing)."),
          ConfigKey.optional(
              "sync.gatewayFeeAccount",
              STRING,
              "Merchant Fees",
              "Expense account of the gateway fee item when Stockbook creates it."),
          ConfigKey.optional(
              "sync.batchSize", INT, "30", "Documents per QuickBooks batch request (1 to 30)."),
          ConfigKey.optional(
              "sync.orderOverlap",
              DURATION,
              "10m",
              "How far before the cursor each order read starts."),
          ConfigKey.optional(
              "sync.firstOrderLookback",
              DURATION,
              "1d",
              "How far back the first order read goes; later reads never go further back."),
          ConfigKey.optional(
              "sync.safetyBuffer", INT, "0", "Units held back from the store for every SKU."),
          ConfigKey.optional("sync.skuBuffers", MAP, "", "Per-SKU safety buffers, SKU=units."),
          ConfigKey.optional(
              "sync.floorAtZero", BOOLEAN, "true", "Never publish a negative quantity."),
          ConfigKey.optional("sync.excludedSkus", LIST, "", "SKUs whose stock is never published."),
          ConfigKey.optional(
              "sync.sweepInterval",
              DURATION,
              "1d",
              "How often every SKU is compared on both sides."),
          ConfigKey.optional(
              "sync.orderProbe",
              DURATION,
              "5s",
              "How often the service looks for new store orders between cycles (one store request;"
                  + " 0s: never), so orders post within seconds when webhooks are late or missing."),
          ConfigKey.optional(
              "sync.schedule",
              DURATION,
              "5m",
              "How often the connection is synced by the service."));

  /** Where a connector's own keys live inside a connection. */
  public static final String STORE_PREFIX = "store.";

  private ConnectionConfig() {}

  /** Every key of a connection to a store of this connector: the common ones, then its own. */
  public static List<ConfigKey> keys(StoreConnectorFactory store) {
    List<ConfigKey> all = new ArrayList<>(KEYS);
    store.configKeys().forEach(k -> all.add(k.prefixed(STORE_PREFIX)));
    return all;
  }

  /** {@link #validate(Map, String, StoreConnectors)} with the connectors on the class path. */
  public static Validated validate(Map<String, String> flat, String where) {
    return validate(flat, where, StoreConnectors.installed());
  }

  /**
   * Validates one connection's flat settings; every problem names the key and is prefixed by {@code
   * where}.
   */
  public static Validated validate(
      Map<String, String> flat, String where, StoreConnectors connectors) {
    Optional<StoreConnectorFactory> store = storeOf(flat, connectors);
    if (store.isEmpty()) {
      return new Validated(
          ConfigValues.of(flat), List.of(where + "store.type: " + typeProblem(flat, connectors)));
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    List<ConfigKey> keys = keys(store.get());
    var known = keys.stream().map(ConfigKey::name).collect(Collectors.toSet());
    for (String key : flat.keySet()) {
      if (!known.contains(key)) {
        problems.add(where + key + ": unknown key");
      }
    }
    for (ConfigKey key : keys) {
      checkKey(key, flat.get(key.name()), where, problems, values);
    }
    values.put("store.type", store.get().type());
    if (problems.isEmpty()) {
      ConfigValues checked = ConfigValues.of(values);
      problems.addAll(crossChecks(checked, where));
      store.get().validate(checked.under(STORE_PREFIX)).stream()
          .map(p -> where + STORE_PREFIX + p)
          .forEach(problems::add);
    }
    return new Validated(ConfigValues.of(values), problems);
  }

  private static void checkKey(
      ConfigKey key,
      String value,
      String where,
      List<String> problems,
      Map<String, String> values) {
    if (value == null || value.isBlank()) {
      if (key.required()) {
        problems.add(where + key.name() + ": missing (" + key.doc() + ")");
      } else {
        values.put(key.name(), key.defaultValue());
      }
      return;
    }
    String problem = key.problem(value.trim());
    if (problem != null) {
      problems.add(
          where + key.name() + ": " + problem + (key.secret() ? "" : " (was \"" + value + "\")"));
    }
    values.put(key.name(), value.trim());
  }

  /**
   * The connector of {@code store.type}; when it is not set, the only connector installed, or the
   * one that configurations written before {@code store.type} existed meant.
   */
  static Optional<StoreConnectorFactory> storeOf(
      Map<String, String> flat, StoreConnectors connectors) {
    String type = flat.getOrDefault("store.type", "").trim();
    if (!type.isEmpty()) {
      return connectors.find(type);
    }
    List<StoreConnectorFactory> all = connectors.all();
    return all.size() == 1
        ? Optional.of(all.get(0))
        : all.stream().filter(StoreConnectorFactory::isDefaultType).findFirst();
  }

  private static String typeProblem(Map<String, String> flat, StoreConnectors connectors) {
    String type = flat.getOrDefault("store.type", "").trim();
    String installed =
        connectors.typeNames().isEmpty() ? "none" : String.join(", ", connectors.typeNames());
    return type.isEmpty()
        ? "missing (the store platform; installed: " + installed + ")"
        : "no store connector of type \"" + type + "\" is installed (installed: " + installed + ")";
  }

  private static List<String> crossChecks(ConfigValues v, String where) {
    List<String> problems = new ArrayList<>();
    if (!v.string("name").matches("[A-Za-z0-9_-]{1,40}")) {
      problems.add(where + "name: use 1 to 40 letters, digits, - or _");
    } else if (v.string("name").equals("quickbooks")) {
      problems.add(where + "name: \"quickbooks\" is taken (the QuickBooks webhook's address)");
    }
    if (v.integer("sync.batchSize") < 1 || v.integer("sync.batchSize") > 30) {
      problems.add(where + "sync.batchSize: must be between 1 and 30 (QuickBooks' batch limit)");
    }
    if (v.string("sync.docNumberPrefix").length() > 10) {
      problems.add(
          where
              + "sync.docNumberPrefix: at most 10 characters, so prefix + order number fits QuickBooks' 21");
    }
    if ("fallback".equals(v.string("sync.unmatchedSku"))
        && v.string("sync.fallbackItem").isBlank()) {
      problems.add(where + "sync.fallbackItem: required when sync.unmatchedSku is fallback");
    }
    if ("tax-codes".equals(v.string("sync.salesTax"))
        && !v.map("sync.taxCodes").containsKey(TaxMapping.UNTAXED)) {
      problems.add(
          where
              + "sync.taxCodes: needs none=<QuickBooks tax code> for untaxed lines when"
              + " sync.salesTax is tax-codes (QuickBooks wants a code on every line)");
    }
    for (Map.Entry<String, String> e : v.map("sync.exchangeRates").entrySet()) {
      if (!e.getValue().matches("\\d{1,9}(\\.\\d{1,10})?") || e.getValue().matches("[0.]+")) {
        problems.add(
            where + "sync.exchangeRates: " + e.getKey() + " needs a positive decimal rate");
      }
    }
    for (Map.Entry<String, String> e : v.map("sync.gatewayFees").entrySet()) {
      if (!e.getValue()
              .replace(" ", "")
              .matches("(\\d{1,3}(\\.\\d{1,4})?%)?(\\+?\\d{1,6}(\\.\\d{1,2})?)?")
          || e.getValue().isBlank()) {
        problems.add(
            where
                + "sync.gatewayFees: "
                + e.getKey()
                + " needs percent%+fixed, e.g. 2.9%+0.30 (was \""
                + e.getValue()
                + "\")");
      }
    }
    if (v.number("sync.safetyBuffer") < 0) {
      problems.add(where + "sync.safetyBuffer: must not be negative");
    }
    for (Map.Entry<String, String> e : v.map("sync.skuBuffers").entrySet()) {
      if (!e.getValue().matches("\\d{1,9}")) {
        problems.add(where + "sync.skuBuffers: " + e.getKey() + " must be a whole number of units");
      }
    }
    return problems;
  }

  /** The result of {@link #validate}. */
  public record Validated(ConfigValues values, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The engine settings of a validated connection, with the connectors on the class path. */
  public static ConnectionSettings settings(ConfigValues v) {
    return settings(v, StoreConnectors.installed());
  }

  /** The engine settings of a validated connection. */
  public static ConnectionSettings settings(ConfigValues v, StoreConnectors connectors) {
    Map<String, Long> buffers = new LinkedHashMap<>();
    v.map("sync.skuBuffers").forEach((sku, n) -> buffers.put(sku, Long.parseLong(n)));
    return new ConnectionSettings(
        v.string("name"),
        v.string("store.type"),
        MatchRule.valueOf(v.string("sync.matchRule").toUpperCase(Locale.ROOT).replace('-', '_')),
        SoldRule.of(v.list("sync.soldStatuses"), connectors.get(v.string("store.type"))),
        ConnectionSettings.DocumentRule.valueOf(
            v.string("sync.documents").toUpperCase(Locale.ROOT).replace('-', '_')),
        v.string("sync.docNumberPrefix"),
        new ConnectionSettings.CustomerRule(
            "match-by-email".equals(v.string("sync.customer")), v.string("sync.webStoreCustomer")),
        new ConnectionSettings.UnmatchedSku(
            Policy.valueOf(
                v.string("sync.unmatchedSku").toUpperCase(Locale.ROOT).replace('-', '_')),
            v.string("sync.fallbackItem").isBlank() ? null : v.string("sync.fallbackItem")),
        new NewItem.ItemAccounts(
            v.string("sync.incomeAccount"),
            v.string("sync.assetAccount"),
            v.string("sync.expenseAccount")),
        v.map("sync.depositAccounts"),
        v.string("sync.currency"),
        v.integer("sync.batchSize"),
        v.duration("sync.orderOverlap"),
        v.duration("sync.firstOrderLookback"),
        v.number("sync.safetyBuffer"),
        buffers,
        v.flag("sync.floorAtZero"),
        new HashSet<>(v.list("sync.excludedSkus")),
        v.duration("sync.sweepInterval"),
        v.string("sync.feeItem"),
        v.string("sync.refundItem"),
        bookkeeping(v),
        Set.of());
  }

  private static Bookkeeping bookkeeping(ConfigValues v) {
    Map<String, java.math.BigDecimal> rates = new LinkedHashMap<>();
    v.map("sync.exchangeRates")
        .forEach((c, r) -> rates.put(c.toUpperCase(Locale.ROOT), new java.math.BigDecimal(r)));
    return new Bookkeeping(
        new TaxMapping("tax-codes".equals(v.string("sync.salesTax")), v.map("sync.taxCodes")),
        new Currencies(new HashSet<>(v.list("sync.currencies")), rates),
        new Tagging(
            v.string("sync.class"),
            v.map("sync.classes"),
            v.string("sync.location"),
            v.map("sync.locations")),
        new GiftCards(
            new HashSet<>(v.list("sync.giftCardSkus")),
            v.string("sync.giftCardItem"),
            v.string("sync.giftCardAccount"),
            v.list("sync.giftCardRedemptions")),
        new GatewayFees(
            gatewayRates(v), v.string("sync.gatewayFeeItem"), v.string("sync.gatewayFeeAccount")),
        "daily-summary".equals(v.string("sync.posting")));
  }

  private static Map<String, GatewayFees.Rate> gatewayRates(ConfigValues v) {
    Map<String, GatewayFees.Rate> rates = new LinkedHashMap<>();
    v.map("sync.gatewayFees")
        .forEach((method, fee) -> rates.put(method, GatewayFees.Rate.parse(fee)));
    return rates;
  }
}
