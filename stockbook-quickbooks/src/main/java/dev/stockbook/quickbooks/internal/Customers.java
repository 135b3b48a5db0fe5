package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.quickbooks.NameCache;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.List;
import java.util.Optional;

/**
 * Finds or creates customers. With an email the email identifies the person; without one the
 * display name does. Display names are unique across customers, vendors and employees, so a taken
 * name (6240) moves on to {@code "Name (2)"}, {@code "Name (3)"}, ...
 */
public final class Customers {
  static final int MAX_SUFFIX = 20;

  private final QuickBooksClient client;
  private final NameCache.Session cache;

  public Customers(QuickBooksClient client, NameCache.Session cache) {
    this.client = client;
    this.cache = cache;
  }

  public String idOf(CustomerSpec spec) {
    String cached = cache.get("Customer", spec.toString());
    if (cached != null) {
      return cached;
    }
    String id = hasEmail(spec) && !spec.foreign() ? byEmail(spec) : byName(spec);
    cache.put("Customer", spec.toString(), id);
    return id;
  }

  private String byEmail(CustomerSpec spec) {
    Optional<String> found = first("PrimaryEmailAddr = " + QueryText.quote(spec.email()));
    if (found.isPresent()) {
      return found.get();
    }
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      Optional<String> created = tryCreate(spec, candidate(spec.displayName(), n));
      if (created.isPresent()) {
        return created.get();
      }
    }
    throw noFreeName(spec);
  }

  private String byName(CustomerSpec spec) {
    String base =
        spec.foreign() ? spec.displayName() + " (" + spec.currency() + ")" : spec.displayName();
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      String name = candidate(base, n);
      Optional<String> id =
          first("DisplayName = " + QueryText.quote(name)).or(() -> tryCreate(spec, name));
      if (id.isPresent()) {
        return id.get();
      }
    }
    throw noFreeName(spec);
  }

  private Optional<String> first(String where) {
    List<JsonNode> found = client.query("select * from Customer where " + where);
    return found.stream().findFirst().map(c -> c.path("Id").asText());
  }

  /** The new customer's id, or empty when the name is taken (6240). */
  private Optional<String> tryCreate(CustomerSpec spec, String displayName) {
    try {
      return Optional.of(
          client
              .create("Customer", body(spec, displayName), requestId(spec, displayName))
              .path("Id")
              .asText());
    } catch (PermanentBooksException e) {
      if ("6240".equals(e.code())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  ObjectNode body(CustomerSpec spec, String displayName) {
    ObjectNode body = client.json().createObjectNode().put("DisplayName", displayName);
    putIfPresent(body, "GivenName", spec.givenName());
    putIfPresent(body, "FamilyName", spec.familyName());
    putIfPresent(body, "CompanyName", spec.company());
    if (hasEmail(spec)) {
      body.putObject("PrimaryEmailAddr").put("Address", spec.email());
    }
    if (spec.foreign()) {
      body.putObject("CurrencyRef").put("value", spec.currency());
    }
    return body;
  }

  static String candidate(String base, int n) {
    String clean = base.replace(':', '-').strip();
    return n == 1 ? clean : clean + " (" + n + ")";
  }

  private static String requestId(CustomerSpec spec, String displayName) {
    return RequestIds.derived(
        RequestIds.forBatch(List.of(displayName, spec.email() == null ? "" : spec.email())),
        "cust");
  }

  private static PermanentBooksException noFreeName(CustomerSpec spec) {
    return new PermanentBooksException(
        "6240",
        "no free customer display name for '"
            + spec.displayName()
            + "' after "
            + MAX_SUFFIX
            + " tries");
  }

  private static boolean hasEmail(CustomerSpec spec) {
    return spec.email() != null && !spec.email().isBlank();
  }

  private static void putIfPresent(ObjectNode body, String field, String value) {
    if (value != null && !value.isBlank()) {
      body.put(field, value);
    }
  }
}
