package dev.stockbook.shopify.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.RetriableStoreException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one place that talks HTTP to {@code <shop>/admin/api/<version>/graphql.json}. It sends one
 * operation, classifies the answer ({@link Answers}) and never retries: the engine owns retry
 * policy. Messages name the operation and the shop, never the access token.
 */
public final class GraphQl {
  private final HttpClient client;
  private final URI endpoint;
  private final String accessToken;
  private final Duration timeout;
  private final String shop;
  private final ObjectMapper json;

  /** Waits for the bucket before a page in the middle of a read is given up as throttled. */
  static final int WAITS_PER_PAGE = 3;

  private final ShopFacts facts;
  private final Pause pause;

  /**
   * @param facts what the connection keeps of the shop: its scopes are forgotten when Shopify
   *     refuses access
   * @param pause how {@link #dataWaiting} waits for the bucket
   */
  public GraphQl(
      HttpClient client, ShopifyOptions options, ObjectMapper json, ShopFacts facts, Pause pause) {
    this.client = client;
    this.endpoint = options.shop().graphql(options.apiVersion());
    this.accessToken = options.accessToken();
    this.timeout = options.timeout();
    this.shop = options.shop().label();
    this.json = json;
    this.facts = facts;
    this.pause = pause;
  }

  /** A variables object to fill in. */
  public ObjectNode variables() {
    return json.createObjectNode();
  }

  /**
   * Runs {@code document} and returns its {@code data}.
   *
   * @param operation what the call is for, in words ("orders changed since ...")
   */
  public JsonNode data(String operation, String document, ObjectNode variables) {
    String what = operation + " on " + shop;
    try {
      HttpResponse<String> response =
          client.send(request(document, variables), HttpResponse.BodyHandlers.ofString());
      return Answers.data(what, response, json);
    } catch (AccessRefused e) {
      facts.forgetScopes();
      throw e;
    } catch (IOException e) {
      throw new RetriableStoreException(what + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetriableStoreException(what + " was interrupted", e);
    }
  }

  /**
   * As {@link #data}, for a page in the middle of a read of many (the pages after the first of a
   * listing, the rest of an order's lines, the whole catalogue): a THROTTLED answer is waited for,
   * as long as Shopify says the bucket needs, and asked again, up to {@link #WAITS_PER_PAGE} times.
   * Failing there would throw away the pages already read, and the next turn would read them again
   * from the first: with enough orders waiting, turn after turn, never reaching the last page.
   */
  public JsonNode dataWaiting(String operation, String document, ObjectNode variables) {
    for (int waits = 0; ; waits++) {
      try {
        return data(operation, document, variables);
      } catch (Throttled e) {
        if (waits == WAITS_PER_PAGE) {
          throw e;
        }
        pause.during(operation + " on " + shop, e.retryIn());
      }
    }
  }

  private HttpRequest request(String document, ObjectNode variables) {
    ObjectNode body = json.createObjectNode().put("query", document);
    body.set("variables", variables);
    try {
      return HttpRequest.newBuilder(endpoint)
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("X-Shopify-Access-Token", accessToken)
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the request JSON", e);
    }
  }

  @Override
  public String toString() {
    return "GraphQl[" + endpoint + "]";
  }
}
