package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.store.RetriableStoreException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The one place that talks HTTP to {@code <site>/wp-json/wc/v3}. It sends, classifies the answer
 * and never retries: the engine owns retry policy. Error messages name method and path only, never
 * credentials or signed query strings.
 */
public final class WooHttp {
  private final HttpClient client;
  private final String apiRoot;
  private final Authenticator auth;
  private final Map<String, String> extraHeaders;
  private final Duration timeout;
  private final ObjectMapper json;
  private final ResponseClassifier classifier;

  public WooHttp(HttpClient client, WooOptions options, Authenticator auth, ObjectMapper json) {
    this.client = client;
    this.apiRoot = options.apiRoot();
    this.auth = auth;
    this.extraHeaders = options.extraHeaders();
    this.timeout = options.timeout();
    this.json = json;
    this.classifier = new ResponseClassifier(json);
  }

  public WooResponse get(String path, Query query) {
    return send("GET", path, query, null);
  }

  public WooResponse post(String path, JsonNode body) {
    return send("POST", path, Query.empty(), body);
  }

  private WooResponse send(String method, String path, Query query, JsonNode body) {
    String name = method + " " + path;
    HttpRequest request = build(method, path, query, body);
    try {
      return classifier.classify(name, client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new RetriableStoreException(name + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetriableStoreException(name + " was interrupted", e);
    }
  }

  private HttpRequest build(String method, String path, Query query, JsonNode body) {
    String url = apiRoot + path;
    Authenticator.Signed signed = auth.sign(method, url, query);
    String qs = signed.query().encoded();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(qs.isEmpty() ? url : url + "?" + qs))
            .timeout(timeout)
            .header("Accept", "application/json")
            .method(method, publisher(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    signed.headers().forEach(builder::header);
    extraHeaders.forEach(builder::header);
    return builder.build();
  }

  private HttpRequest.BodyPublisher publisher(JsonNode body) {
    if (body == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    try {
      return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write request JSON", e);
    }
  }
}
