package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks and fills name-list entities (Account, Item, Customer, Vendor, PaymentMethod, TaxCode,
 * TaxRate, Class, Department).
 */
final class NameRules {
  private static final Map<String, String> CLASSIFICATION =
      Map.of(
          "Income",
          "Revenue",
          "Other Income",
          "Revenue",
          "Cost of Goods Sold",
          "Expense",
          "Expense",
          "Expense",
          "Accounts Payable",
          "Liability",
          "Credit Card",
          "Liability",
          "Equity",
          "Equity");

  private NameRules() {}

  static void apply(EntityKind kind, ObjectNode entity, Company company) {
    apply(kind, entity, company, true);
  }

  /**
   * As {@link #apply(EntityKind, ObjectNode, Company)}; {@code checkUnique} false skips the name
   * scan for callers that checked uniqueness of many entities at once ({@link
   * EntityStore#createAll}).
   */
  static void apply(EntityKind kind, ObjectNode entity, Company company, boolean checkUnique) {
    UNIQUE.set(checkUnique);
    try {
      applyChecked(kind, entity, company);
    } finally {
      UNIQUE.remove();
    }
  }

  private static final ThreadLocal<Boolean> UNIQUE = ThreadLocal.withInitial(() -> true);

  private static void applyChecked(EntityKind kind, ObjectNode entity, Company company) {
    if (!entity.has("Active")) {
      entity.put("Active", true);
    }
    switch (kind) {
      case ITEM -> item(entity, company);
      case CUSTOMER, VENDOR -> person(kind, entity, company);
      case ACCOUNT -> account(entity, company);
      case CLASS, DEPARTMENT -> tree(kind, entity, company);
      default -> named(kind, entity, company, "Name");
    }
  }

  private static void item(ObjectNode item, Company company) {
    named(EntityKind.ITEM, item, company, "Name");
    if (!item.has("Type")) {
      item.put("Type", "Service");
    }
    for (String ref : List.of("IncomeAccountRef", "AssetAccountRef", "ExpenseAccountRef")) {
      Refs.optional(company, item, ref, EntityKind.ACCOUNT);
    }
    if (GroupLines.isGroup(item)) {
      GroupItems.check(item, company);
      return;
    }
    if (!"Inventory".equalsIgnoreCase(Json.text(item, "Type"))) {
      return;
    }
    if (!item.has("TrackQtyOnHand")) {
      item.put("TrackQtyOnHand", true);
    }
    for (String field :
        List.of(
            "IncomeAccountRef",
            "AssetAccountRef",
            "ExpenseAccountRef",
            "QtyOnHand",
            "InvStartDate")) {
      if (Json.path(item, field) == null) {
        throw QboFault.required(field);
      }
    }
    item.put("QtyOnHand", Json.decimal(item, "QtyOnHand"));
  }

  private static void person(EntityKind kind, ObjectNode entity, Company company) {
    if (Json.text(entity, "DisplayName") == null) {
      String derived =
          Stream.of("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")
              .map(f -> Json.text(entity, f))
              .filter(s -> s != null && !s.isBlank())
              .collect(Collectors.joining(" "));
      String companyName = Json.text(entity, "CompanyName");
      entity.put("DisplayName", derived.isBlank() && companyName != null ? companyName : derived);
    }
    if (Json.text(entity, "DisplayName").isBlank()) {
      throw QboFault.required("DisplayName");
    }
    // DisplayName is unique across customers and vendors (reference §1.8).
    unique(entity, "DisplayName", company, EntityKind.CUSTOMER, EntityKind.VENDOR);
    entity.put("FullyQualifiedName", Json.text(entity, "DisplayName"));
    if (kind == EntityKind.CUSTOMER && !entity.has("Balance")) {
      entity.put("Balance", 0);
    }
  }

  private static void account(ObjectNode account, Company company) {
    named(EntityKind.ACCOUNT, account, company, "Name");
    String type = Json.text(account, "AccountType");
    if (type == null) {
      throw QboFault.required("AccountType");
    }
    if (!account.has("Classification")) {
      account.put("Classification", CLASSIFICATION.getOrDefault(type, "Asset"));
    }
    if (!account.has("CurrentBalance")) {
      account.put("CurrentBalance", 0);
    }
  }

  /**
   * Class and Department (their references): a Name, unique among active ones, and an optional
   * {@code ParentRef} making it a sub-class or sub-location with a {@code Parent:Child} name.
   */
  private static void tree(EntityKind kind, ObjectNode entity, Company company) {
    named(kind, entity, company, "Name");
    String sub = kind == EntityKind.CLASS ? "SubClass" : "SubDepartment";
    String parentId = Json.ref(entity, "ParentRef");
    entity.put(sub, parentId != null);
    if (parentId != null) {
      ObjectNode parent = Refs.active(company, kind, parentId);
      entity.put(
          "FullyQualifiedName",
          Json.text(parent, "FullyQualifiedName") + ":" + Json.text(entity, "Name"));
    }
  }

  private static void named(EntityKind kind, ObjectNode entity, Company company, String field) {
    String name = Json.text(entity, field);
    if (name == null || name.isBlank()) {
      throw QboFault.required(field);
    }
    unique(entity, field, company, kind);
    entity.put("FullyQualifiedName", name);
  }

  /** 6240 when another active entity of these kinds has the same value (ignoring case). */
  private static void unique(
      ObjectNode entity, String field, Company company, EntityKind... kinds) {
    String value = Json.text(entity, field);
    String id = Json.text(entity, "Id");
    if (!UNIQUE.get() || !Json.bool(entity, "Active", true)) {
      return;
    }
    for (EntityKind kind : kinds) {
      for (ObjectNode other : company.all(kind)) {
        // Ids are unique across the company, so the same Id means the entity itself.
        boolean self = other.get("Id").asText().equals(id);
        if (!self
            && Json.bool(other, "Active", true)
            && value.equalsIgnoreCase(Json.text(other, field))) {
          throw QboFault.validation(
              "6240",
              "Duplicate Name Exists Error",
              "The name supplied already exists. : Another "
                  + kind.wireName()
                  + " is already using this name. Id="
                  + other.get("Id").asText());
        }
      }
    }
  }
}
