package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.quickbooks.CompanySettings;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The write path of one realm: create, read, full and sparse update, delete and void, each one
 * atomic (a fault leaves nothing changed). Every write bumps SyncToken and LastUpdatedTime and
 * emits a {@link ChangeEvent}. Callers receive deep copies, never the stored nodes.
 */
public final class EntityStore {
  private static final Set<String> SYSTEM_FIELDS =
      Set.of("Id", "SyncToken", "MetaData", "domain", "sparse", "status");

  private final Company company = new Company();
  private final CompanyTime time;
  private final QuickBooksOptions options;
  private final Consumer<ChangeEvent> listener;
  private final CompanySettings settings;
  private final Currencies currencies;
  private final CompanyProfile profile;

  public EntityStore(CompanyTime time, QuickBooksOptions options, Consumer<ChangeEvent> listener) {
    this(time, options, listener, CompanySettings.us());
  }

  public EntityStore(
      CompanyTime time,
      QuickBooksOptions options,
      Consumer<ChangeEvent> listener,
      CompanySettings settings) {
    this.time = time;
    this.options = options;
    this.listener = listener;
    this.settings = settings;
    this.currencies = new Currencies(settings);
    this.profile = new CompanyProfile(settings, options, time.meta());
  }

  public CompanySettings settings() {
    return settings;
  }

  /**
   * Sets the company's rate for {@code code} from {@code asOf} on (home units per foreign unit).
   */
  public synchronized void exchangeRate(String code, LocalDate asOf, BigDecimal rate) {
    currencies.rate(code, asOf, rate);
  }

  /** The {@code exchangerate} read: the rate in force on {@code asOf}, if the company has one. */
  public synchronized Optional<ObjectNode> exchangeRate(String code, LocalDate asOf) {
    return currencies
        .rateOn(code, asOf)
        .map(
            e -> {
              ObjectNode rate =
                  Json.object()
                      .put("SourceCurrencyCode", code.toUpperCase(Locale.ROOT))
                      .put("TargetCurrencyCode", settings.homeCurrency())
                      .put("Rate", e.getValue())
                      .put("AsOfDate", e.getKey().toString())
                      .put("SyncToken", "0")
                      .put("domain", "QBO")
                      .put("sparse", false);
              rate.putObject("MetaData").put("LastUpdatedTime", time.meta());
              return rate;
            });
  }

  /** Runs a whole batch under the store's lock; objects it creates stay invisible until it ends. */
  public synchronized <T> T batch(Supplier<T> work) {
    company.hideNew(true);
    try {
      return work.get();
    } finally {
      company.hideNew(false);
    }
  }

  public synchronized ObjectNode read(EntityKind kind, String id) {
    if (kind.shape() == EntityKind.Shape.SETTINGS) {
      return profile.read(kind);
    }
    return company
        .find(kind, id)
        .orElseThrow(() -> QboFault.notFound(kind.wireName(), id))
        .deepCopy();
  }

  public synchronized List<ObjectNode> all(EntityKind kind) {
    if (kind.shape() == EntityKind.Shape.SETTINGS) {
      return List.of(profile.read(kind));
    }
    return company.all(kind).stream().map(ObjectNode::deepCopy).toList();
  }

  public synchronized List<ObjectNode> tombstones(EntityKind kind) {
    return company.tombstones(kind).stream().map(ObjectNode::deepCopy).toList();
  }

  public synchronized ObjectNode create(EntityKind kind, ObjectNode body) {
    ObjectNode entity = body.deepCopy();
    SYSTEM_FIELDS.forEach(entity::remove);
    entity.put("Id", company.newId());
    String now = time.meta();
    entity.putObject("MetaData").put("CreateTime", now).put("LastUpdatedTime", now);
    return commit(kind, null, entity, "0", "Create");
  }

  /**
   * Creates many name-list entities at once (seeding a large catalog for a benchmark): the same
   * rules as {@link #create}, with the names checked for uniqueness once for all instead of one
   * scan of the company per entity. Returns the created entities' ids in order.
   */
  public synchronized List<String> createAll(EntityKind kind, List<ObjectNode> bodies) {
    if (!kind.nameList()) {
      throw new IllegalArgumentException(kind + " is not a name list");
    }
    String field =
        kind == EntityKind.CUSTOMER || kind == EntityKind.VENDOR ? "DisplayName" : "Name";
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (ObjectNode other : company.all(kind)) {
      if (Json.bool(other, "Active", true) && Json.text(other, field) != null) {
        taken.add(Json.text(other, field).toLowerCase(Locale.ROOT));
      }
    }
    for (ObjectNode body : bodies) {
      String name = Json.text(body, field);
      if (name != null && !taken.add(name.toLowerCase(Locale.ROOT))) {
        throw QboFault.validation(
            "6240", "Duplicate Name Exists Error", "The name supplied already exists. : " + name);
      }
    }
    List<String> ids = new java.util.ArrayList<>(bodies.size());
    for (ObjectNode body : bodies) {
      ObjectNode entity = body.deepCopy();
      SYSTEM_FIELDS.forEach(entity::remove);
      entity.put("Id", company.newId());
      String now = time.meta();
      entity.putObject("MetaData").put("CreateTime", now).put("LastUpdatedTime", now);
      NameRules.apply(kind, entity, company, false);
      stamp(entity, "0");
      company.put(kind, entity);
      listener.accept(new ChangeEvent(kind, entity.get("Id").asText(), "Create", time.now()));
      ids.add(entity.get("Id").asText());
    }
    return ids;
  }

  public synchronized ObjectNode update(EntityKind kind, ObjectNode body) {
    ObjectNode current = current(kind, body);
    ObjectNode entity =
        Json.bool(body, "sparse", false) ? current.deepCopy() : fullBase(kind, current);
    body.fields()
        .forEachRemaining(
            e -> {
              if (!SYSTEM_FIELDS.contains(e.getKey())) {
                entity.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    entity.put("Id", current.get("Id").asText());
    entity.set("MetaData", current.get("MetaData").deepCopy());
    return commit(kind, current, entity, next(current), "Update");
  }

  public synchronized ObjectNode delete(EntityKind kind, ObjectNode body) {
    ObjectNode current = current(kind, body);
    if (kind.nameList()) {
      ObjectNode inactive = current.deepCopy().put("Active", false);
      return commit(kind, current, inactive, next(current), "Delete");
    }
    applyStock(kind, current, null);
    String id = current.get("Id").asText();
    ObjectNode tombstone =
        Json.object().put("status", "Deleted").put("domain", "QBO").put("Id", id);
    tombstone
        .putObject("MetaData")
        .put("CreateTime", Json.text(current, "MetaData.CreateTime"))
        .put("LastUpdatedTime", time.meta());
    company.remove(kind, id, tombstone);
    listener.accept(new ChangeEvent(kind, id, "Delete", time.now()));
    return tombstone.deepCopy();
  }

  public synchronized ObjectNode voidTxn(EntityKind kind, ObjectNode body) {
    if (!kind.voidable()) {
      throw QboFault.validation(
          "500", "Unsupported Operation", "Operation void is not supported for " + kind.wireName());
    }
    ObjectNode current = current(kind, body);
    ObjectNode voided = current.deepCopy();
    zero(voided);
    applyStock(kind, current, voided);
    stamp(voided, next(current));
    company.put(kind, voided);
    listener.accept(new ChangeEvent(kind, voided.get("Id").asText(), "Void", time.now()));
    return voided.deepCopy();
  }

  /** Checks and completes the entity, moves stock, stores it and tells the listener. */
  private ObjectNode commit(
      EntityKind kind, ObjectNode before, ObjectNode entity, String syncToken, String operation) {
    if (kind.nameList()) {
      NameRules.apply(kind, entity, company);
      currencies.nameList(kind, before, entity);
    } else {
      TxnRules.apply(
          kind,
          entity,
          new TxnContext(company, time, settings, currencies, options.allowShipping()));
      applyStock(kind, before, entity);
    }
    stamp(entity, syncToken);
    company.put(kind, entity);
    listener.accept(new ChangeEvent(kind, entity.get("Id").asText(), operation, time.now()));
    return entity.deepCopy();
  }

  private void applyStock(EntityKind kind, ObjectNode before, ObjectNode after) {
    Map<String, BigDecimal> diff =
        InventoryLedger.difference(
            InventoryLedger.effect(kind, before, company),
            InventoryLedger.effect(kind, after, company));
    InventoryLedger.apply(company, diff, options.allowNegativeStock());
    if (options.transactionsBumpItems()) {
      diff.keySet()
          .forEach(
              id ->
                  company
                      .find(EntityKind.ITEM, id)
                      .ifPresent(
                          item -> {
                            stamp(item, next(item));
                            listener.accept(
                                new ChangeEvent(EntityKind.ITEM, id, "Update", time.now()));
                          }));
    }
  }

  private ObjectNode current(EntityKind kind, ObjectNode body) {
    String id = Json.text(body, "Id");
    if (id == null) {
      throw QboFault.required("Id");
    }
    ObjectNode current =
        company.find(kind, id).orElseThrow(() -> QboFault.notFound(kind.wireName(), id));
    String token = Json.text(body, "SyncToken");
    if (token == null) {
      throw QboFault.required("SyncToken");
    }
    if (!token.equals(current.get("SyncToken").asText())) {
      throw QboFault.validation(
          "5010",
          "Stale Object Error",
          "Stale Object Error : You and "
              + "Simulator"
              + " were working on this at the same time. Simulator finished before you did, so your work was not saved.");
    }
    return current;
  }

  /** A full update starts empty, except for what clients cannot clear (QtyOnHand of an item). */
  private static ObjectNode fullBase(EntityKind kind, ObjectNode current) {
    ObjectNode base = Json.object();
    if (kind == EntityKind.ITEM && current.has("QtyOnHand")) {
      base.set("QtyOnHand", current.get("QtyOnHand").deepCopy());
    }
    return base;
  }

  private void stamp(ObjectNode entity, String syncToken) {
    entity.put("SyncToken", syncToken).put("domain", "QBO").put("sparse", false);
    ((ObjectNode) entity.get("MetaData")).put("LastUpdatedTime", time.meta());
  }

  private static String next(ObjectNode entity) {
    return Long.toString(Long.parseLong(entity.get("SyncToken").asText()) + 1);
  }

  /** What a void leaves: the lines and references, with every amount and quantity zero. */
  private static void zero(ObjectNode txn) {
    for (String field :
        List.of("TotalAmt", "Balance", "RemainingCredit", "UnappliedAmt", "HomeTotalAmt")) {
      if (txn.has(field)) {
        txn.put(field, 0);
      }
    }
    txn.put("PrivateNote", "Voided");
    if (txn.get("TxnTaxDetail") instanceof ObjectNode tax && tax.has("TotalTax")) {
      tax.put("TotalTax", 0);
      tax.path("TaxLine").forEach(l -> ((ObjectNode) l).put("Amount", 0));
    }
    JsonNode lines = txn.get("Line");
    if (lines instanceof ArrayNode array) {
      for (JsonNode line : array) {
        ((ObjectNode) line).put("Amount", 0);
        if (line.get("GroupLineDetail") instanceof ObjectNode group) {
          group.put("Quantity", 0);
        }
      }
      for (JsonNode line : InventoryLedger.itemLines(array)) {
        ((ObjectNode) line).put("Amount", 0);
        String type = Json.text(line, "DetailType");
        if (type != null && line.get(type) instanceof ObjectNode detail && detail.has("Qty")) {
          detail.put("Qty", 0);
        }
      }
    }
  }
}
