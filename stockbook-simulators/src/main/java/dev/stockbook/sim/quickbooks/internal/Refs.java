package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reference checks: a {@code ...Ref} must name a live, active entity, else fault 610. */
final class Refs {
  private Refs() {}

  /** The referenced entity; 610 when it is missing, deleted or inactive. */
  static ObjectNode active(Company company, EntityKind kind, String id) {
    ObjectNode found =
        company.find(kind, id).orElseThrow(() -> QboFault.notFound(kind.wireName(), id));
    if (!Json.bool(found, "Active", true)) {
      throw QboFault.notFound(kind.wireName(), id);
    }
    return found;
  }

  /** Checks {@code node.refField} if present. */
  static void optional(Company company, JsonNode node, String refField, EntityKind kind) {
    String id = Json.ref(node, refField);
    if (id != null) {
      active(company, kind, id);
    }
  }

  /** Checks {@code node.refField}; 2020 when absent. */
  static ObjectNode required(Company company, JsonNode node, String refField, EntityKind kind) {
    String id = Json.ref(node, refField);
    if (id == null || id.isBlank()) {
      throw QboFault.required(refField);
    }
    return active(company, kind, id);
  }

  /** Line tax codes: the US pseudo codes {@code TAX}/{@code NON}, or a TaxCode by Id or Name. */
  static void taxCode(Company company, JsonNode detail) {
    String code = Json.ref(detail, "TaxCodeRef");
    if (code == null || company.find(EntityKind.TAX_CODE, code).isPresent()) {
      return;
    }
    boolean named =
        company.all(EntityKind.TAX_CODE).stream()
            .anyMatch(t -> code.equalsIgnoreCase(Json.text(t, "Name")));
    if (!named && !"TAX".equalsIgnoreCase(code) && !"NON".equalsIgnoreCase(code)) {
      throw QboFault.validation("6100", "Invalid line TaxCode", "Invalid TaxCode " + code);
    }
  }

  static boolean isInventory(ObjectNode item) {
    return "Inventory".equalsIgnoreCase(Json.text(item, "Type"))
        && Json.bool(item, "TrackQtyOnHand", false);
  }
}
