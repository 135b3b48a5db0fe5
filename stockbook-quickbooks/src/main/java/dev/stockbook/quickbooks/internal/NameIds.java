package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of a name-list entity (Account, PaymentMethod) resolved to ids with one {@code in (...)}
 * query for the names not yet cached. A name QuickBooks lacks is a configuration problem:
 * permanent.
 */
public final class NameIds {
  private final QuickBooksClient client;
  private final String entity;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public NameIds(QuickBooksClient client, String entity) {
    this.client = client;
    this.entity = entity;
  }

  /** The id of {@code name}, or null when {@code name} is null or blank. */
  public String idOf(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return resolve(List.of(name)).get(name);
  }

  /** Ids for all {@code names} (null and blank names skipped). */
  public Map<String, String> resolve(Collection<String> names) {
    List<String> missing =
        names.stream()
            .filter(Objects::nonNull)
            .filter(n -> !n.isBlank())
            .filter(n -> !cache.containsKey(n))
            .distinct()
            .toList();
    if (!missing.isEmpty()) {
      for (JsonNode found :
          client.queryAll(
              "select * from " + entity + " where Name in " + QueryText.inList(missing))) {
        cache.put(found.path("Name").asText(), found.path("Id").asText());
      }
    }
    for (String name : missing) {
      if (!cache.containsKey(name)) {
        throw new PermanentBooksException(
            "not_found", "QuickBooks has no active " + entity + " named '" + name + "'");
      }
    }
    return Map.copyOf(cache);
  }
}
