package dev.stockbook.sim.shopify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutation's userErrors, each {@code {field, message, code}} as Shopify returns them. */
public final class UserErrors {
  private final List<Map<String, Object>> errors = new ArrayList<>();

  public UserErrors add(String code, String message, List<Object> field) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("field", field.stream().map(String::valueOf).toList());
    e.put("message", message);
    e.put("code", code);
    errors.add(e);
    return this;
  }

  public boolean any() {
    return !errors.isEmpty();
  }

  public List<Map<String, Object>> list() {
    return List.copyOf(errors);
  }

  /** {@code {<resultField>: value, userErrors: [...]}}. */
  public Map<String, Object> payload(String resultField, Object value) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put(resultField, value);
    payload.put("userErrors", list());
    return payload;
  }
}
