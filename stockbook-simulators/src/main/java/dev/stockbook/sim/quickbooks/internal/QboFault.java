package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A QuickBooks fault: thrown by the entity logic, rendered by the HTTP edge as {@code
 * {"Fault":{"Error":[{Message,Detail,code,element}],"type":...},"time":...}}.
 */
public final class QboFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String type;
  private final String detail;
  private final String element;

  public QboFault(
      int status, String type, String code, String message, String detail, String element) {
    super(message);
    this.status = status;
    this.type = type;
    this.code = code;
    this.detail = detail;
    this.element = element == null ? "" : element;
  }

  public static QboFault validation(String code, String message, String detail) {
    return new QboFault(400, "ValidationFault", code, message, detail, "");
  }

  public static QboFault badRequest(String message, String detail) {
    return validation("2010", message, detail);
  }

  public static QboFault notFound(String kind, String id) {
    return validation(
        "610",
        "Object Not Found",
        "Object Not Found : Something you're trying to use has been made inactive or deleted. Check the fields with accounts, customers, items, vendors or employees. "
            + kind
            + " "
            + id);
  }

  public static QboFault required(String field) {
    return new QboFault(
        400,
        "ValidationFault",
        "2020",
        "Required param missing, need to supply the required value for the API",
        "Required parameter " + field + " is missing in the request",
        field);
  }

  public static QboFault business(String detail) {
    return validation(
        "6000",
        "A business validation error has occurred while processing your request",
        "Business Validation Error: " + detail);
  }

  /**
   * Writes to entities the API does not write, in the wording QuickBooks uses for them ("Operation
   * CREATE CATEGORY is not supported.", QuickBooks-V3-PHP-SDK#70, #534).
   */
  public static QboFault unsupported(String operation, EntityKind kind) {
    return validation(
        "500",
        "Unsupported Operation",
        "Operation "
            + operation.toUpperCase(Locale.ROOT)
            + " "
            + kind.wireName().toUpperCase(Locale.ROOT)
            + " is not supported.");
  }

  public static QboFault query(String detail) {
    return validation("4000", "Error parsing query", "QueryParserError: " + detail);
  }

  public static QboFault throttled() {
    return new QboFault(
        429,
        "SERVICE",
        "3001",
        "message=ThrottleExceeded; errorCode=003001; statusCode=429",
        "The request limit was reached.  Try again later",
        "");
  }

  public static QboFault service(int status) {
    return new QboFault(
        status,
        "SystemFault",
        "10000",
        "An application error has occurred while processing your request",
        "System Failure Error: simulated " + status,
        "");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** {@code {"Error":[...],"type":...}} — the inside of the envelope, also used per batch item. */
  public ObjectNode faultNode() {
    ObjectNode fault = Json.object();
    ObjectNode error = fault.putArray("Error").addObject();
    error
        .put("Message", getMessage())
        .put("Detail", detail)
        .put("code", code)
        .put("element", element);
    fault.put("type", type);
    return fault;
  }

  public ObjectNode envelope(String time) {
    ObjectNode root = Json.object();
    root.set("Fault", faultNode());
    root.put("time", time);
    return root;
  }
}
