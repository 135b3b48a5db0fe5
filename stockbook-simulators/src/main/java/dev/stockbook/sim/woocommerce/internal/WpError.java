package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A WordPress REST error: {@code {"code","message","data":{"status",...}}}. */
public final class WpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final ObjectNode data;

  public WpError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.data = WpJson.object().put("status", status);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The {@code data} object, for extra members such as {@code resource_id}. */
  public ObjectNode data() {
    return data;
  }

  public WpError with(String name, Object value) {
    data.putPOJO(name, value);
    return this;
  }

  /** The same error with another status (batch items turn 404 into 400). */
  public WpError withStatus(int newStatus) {
    WpError copy = new WpError(newStatus, code, getMessage());
    data.fields().forEachRemaining(e -> copy.data.set(e.getKey(), e.getValue()));
    copy.data.put("status", newStatus);
    return copy;
  }

  public ObjectNode toJson() {
    ObjectNode node = WpJson.object().put("code", code).put("message", getMessage());
    node.set("data", data);
    return node;
  }

  public static WpError invalidId(String postType) {
    return new WpError(404, "woocommerce_rest_" + postType + "_invalid_id", "Invalid ID.");
  }

  public static WpError noRoute() {
    return new WpError(
        404, "rest_no_route", "No route was found matching the URL and request method.");
  }

  public static WpError invalidJson() {
    return new WpError(400, "rest_invalid_json", "Invalid JSON body passed.")
        .with("json_error_code", 4)
        .with("json_error_message", "Syntax error");
  }

  public static WpError badRequest(String code, String message) {
    return new WpError(400, code, message);
  }
}
