package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.quickbooks.NameCache;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names of a name-list entity (Account, PaymentMethod) resolved to ids with one {@code in (...)}
 * query for the names not yet cached (in the company's {@link NameCache}). A name QuickBooks lacks
 * is a configuration problem: permanent.
 */
public final class NameIds {
  private final QuickBooksClient client;
  private final String entity;
  private final NameCache.Session cache;
  private final String setting;

  public NameIds(QuickBooksClient client, String entity, NameCache.Session cache) {
    this(client, entity, cache, null);
  }

  /**
   * @param setting the Stockbook setting the names come from, named in the message when one is
   *     missing, or null
   */
  public NameIds(QuickBooksClient client, String entity, NameCache.Session cache, String setting) {
    this.client = client;
    this.entity = entity;
    this.cache = cache;
    this.setting = setting;
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
    Map<String, String> ids = new HashMap<>();
    List<String> missing = new ArrayList<>();
    names.stream()
        .filter(Objects::nonNull)
        .filter(n -> !n.isBlank())
        .distinct()
        .forEach(
            name -> {
              String id = cache.get(entity, name);
              if (id != null) {
                ids.put(name, id);
              } else {
                missing.add(name);
              }
            });
    if (!missing.isEmpty()) {
      for (JsonNode found :
          client.queryAll(
              "select * from " + entity + " where Name in " + QueryText.inList(missing))) {
        String name = found.path("Name").asText();
        if (missing.contains(name)) {
          ids.put(name, found.path("Id").asText());
          cache.put(entity, name, found.path("Id").asText());
        }
      }
    }
    for (String name : missing) {
      if (!ids.containsKey(name)) {
        throw new PermanentBooksException(
            "not_found",
            "QuickBooks has no active "
                + entity
                + " named '"
                + name
                + "'"
                + (setting == null ? "" : "; fix " + setting + " or add it in QuickBooks"));
      }
    }
    return Map.copyOf(ids);
  }
}
