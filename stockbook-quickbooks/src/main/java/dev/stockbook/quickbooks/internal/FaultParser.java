package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first error in a QuickBooks fault body: {@code {"Fault":{"Error":[...]}}}, the auth
 * gateway's lower-camel {@code {"fault":{"error":[...]}}}, or an XML {@code <Fault>}. Anything else
 * (HTML, truncated JSON, empty) gives empty, never an exception.
 */
public final class FaultParser {
  private static final Pattern XML_ERROR =
      Pattern.compile("<Error[^>]*?code=\"([^\"]*)\"[^>]*>(.*?)</Error>", Pattern.DOTALL);
  private static final Pattern XML_MESSAGE =
      Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
  private static final Pattern XML_DETAIL =
      Pattern.compile("<Detail>(.*?)</Detail>", Pattern.DOTALL);

  private final ObjectMapper json;

  public FaultParser(ObjectMapper json) {
    this.json = json;
  }

  public Optional<QboError> parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{")) {
      return parseJson(text);
    }
    if (text.startsWith("<") && text.contains("<Fault")) {
      return parseXml(text);
    }
    return Optional.empty();
  }

  /** The error inside a {@code Fault} object (as found in a batch item). */
  public static Optional<QboError> fromFaultNode(JsonNode fault) {
    if (fault == null || !fault.isObject()) {
      return Optional.empty();
    }
    JsonNode errors = fault.has("Error") ? fault.get("Error") : fault.path("error");
    JsonNode first = errors.isArray() ? errors.path(0) : errors;
    if (!first.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new QboError(field(first, "code"), field(first, "Message"), field(first, "Detail")));
  }

  private Optional<QboError> parseJson(String text) {
    try {
      JsonNode root = json.readTree(text);
      JsonNode fault = root.has("Fault") ? root.get("Fault") : root.get("fault");
      return fromFaultNode(fault);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<QboError> parseXml(String text) {
    Matcher error = XML_ERROR.matcher(text);
    if (!error.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new QboError(
            error.group(1),
            xmlText(XML_MESSAGE, error.group(2)),
            xmlText(XML_DETAIL, error.group(2))));
  }

  private static String xmlText(Pattern pattern, String within) {
    Matcher m = pattern.matcher(within);
    return m.find() ? m.group(1).strip() : "";
  }

  /** Reads {@code name} in PascalCase or lower-camel case. */
  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      value = node.get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }
    return value == null || value.isNull() ? "" : value.asText();
  }
}
