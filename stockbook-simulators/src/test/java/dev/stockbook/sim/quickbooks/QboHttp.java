package dev.stockbook.sim.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** A tiny java.net.http client for the simulator's company API, as a connector would call it. */
final class QboHttp {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Status, headers we care about, and the parsed body. */
  record Answer(int status, String tid, JsonNode json, String raw) {
    String faultCode() {
      return json.path("Fault").path("Error").path(0).path("code").asText();
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final QuickBooksSimulator sim;
  private String token;

  QboHttp(QuickBooksSimulator sim) {
    this.sim = sim;
    this.token = sim.issueTokens().accessToken();
  }

  void token(String token) {
    this.token = token;
  }

  URI uri(String pathAndQuery) {
    return URI.create(sim.baseUrl() + "/" + sim.realmId() + "/" + pathAndQuery);
  }

  Answer get(String pathAndQuery) {
    return send(base(pathAndQuery).GET().build());
  }

  Answer post(String pathAndQuery, String json) {
    return send(
        base(pathAndQuery)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Answer post(String pathAndQuery, String contentType, byte[] body) {
    return send(
        base(pathAndQuery)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Answer postGzip(String pathAndQuery, String json) {
    HttpRequest request =
        base(pathAndQuery)
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(json)))
            .build();
    return send(request);
  }

  Answer query(String statement) {
    return get(
        "query?query=" + URLEncoder.encode(statement, StandardCharsets.UTF_8) + "&minorversion=75");
  }

  /** Sends and returns the answer; an IOException (a dropped connection) is rethrown unchecked. */
  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json =
          body.isEmpty() || !body.trim().startsWith("{") && !body.trim().startsWith("[")
              ? JSON.nullNode()
              : JSON.readTree(body);
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("intuit_tid").orElse(null),
          json,
          body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder base(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  /** The Id of the first entity of {@code name} found by a query. */
  String idOf(String entity, String where) {
    return query("select * from " + entity + " where " + where)
        .json()
        .path("QueryResponse")
        .path(entity)
        .path(0)
        .path("Id")
        .asText();
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
