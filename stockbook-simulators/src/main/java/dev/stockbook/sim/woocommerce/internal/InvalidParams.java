package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects parameter problems and throws them as WordPress's {@code 400 rest_invalid_param}. */
public final class InvalidParams {
  private record Problem(String code, String message) {}

  private final Map<String, Problem> problems = new LinkedHashMap<>();

  public void add(String param, String code, String message) {
    problems.putIfAbsent(param, new Problem(code, message));
  }

  public void outOfBounds(String param, long min, long max) {
    add(
        param,
        "rest_out_of_bounds",
        param + " must be between " + min + " (inclusive) and " + max + " (inclusive)");
  }

  public void tooSmall(String param, long min) {
    add(param, "rest_out_of_bounds", param + " must be greater than or equal to " + min);
  }

  public void notType(String param, String type) {
    add(param, "rest_invalid_type", param + " is not of type " + type + ".");
  }

  public void notInEnum(String param, String value, Iterable<String> allowed) {
    add(param, "rest_not_in_enum", param + " is not one of " + String.join(", ", allowed) + ".");
  }

  public void invalidDate(String param) {
    add(param, "rest_invalid_date", "Invalid date.");
  }

  public void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    WpError error =
        new WpError(
            400,
            "rest_invalid_param",
            "Invalid parameter(s): " + String.join(", ", problems.keySet()));
    ObjectNode params = WpJson.object();
    ObjectNode details = WpJson.object();
    problems.forEach(
        (name, p) -> {
          params.put(name, p.message());
          details.putObject(name).put("code", p.code()).put("message", p.message()).putNull("data");
        });
    error.data().set("params", params);
    error.data().set("details", details);
    throw error;
  }
}
