package dev.stockbook.sim.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.woocommerce.internal.OAuth1;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiIT {
  SimClock clock = SimClock.fixed(Instant.parse("2026-03-10T15:00:00Z"));
  WooCommerceSimulator sim;
  WooHttp http;

  @BeforeEach
  void start() {
    sim = WooCommerceSimulator.builder().clock(clock).backgroundDelivery(false).start();
    sim.seedDemoStore();
    http = new WooHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void a_batch_of_101_items_is_refused_with_413() {
    List<Map<String, Object>> create = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      create.add(Map.of("name", "P" + i));
    }
    WooHttp.Res res = http.post("/products/batch", Map.of("create", create));
    assertThat(res.status()).isEqualTo(413);
    assertThat(res.json().get("code").asText())
        .isEqualTo("woocommerce_rest_request_entity_too_large");
    assertThat(res.json().get("message").asText())
        .isEqualTo("Unable to accept more than 100 items for this request.");
  }

  @Test
  void a_batch_reports_each_bad_item_and_keeps_the_good_ones() {
    long red = sim.product("redwine").get("id").asLong();
    WooHttp.Res res =
        http.send(
            "PATCH",
            "/products/batch",
            Map.of(
                "create", List.of(Map.of("name", "Dup", "sku", "whitewine")),
                "update",
                    List.of(
                        Map.of("id", red, "stock_quantity", 7),
                        Map.of("id", 999999, "stock_quantity", 1))));
    assertThat(res.status()).isEqualTo(200);
    assertThat(res.json().at("/create/0/id").asLong()).isZero();
    assertThat(res.json().at("/create/0/error/code").asText()).isEqualTo("product_invalid_sku");
    assertThat(res.json().at("/update/0/stock_quantity").asLong()).isEqualTo(7);
    assertThat(res.json().at("/update/1/id").asLong()).isEqualTo(999999);
    assertThat(res.json().at("/update/1/error/code").asText())
        .isEqualTo("woocommerce_rest_product_invalid_id");
    assertThat(res.json().at("/update/1/error/data/status").asInt()).isEqualTo(400);
  }

  @Test
  void pages_carry_totals_and_prev_next_links_that_echo_the_query() {
    for (int i = 0; i < 5; i++) {
      sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    }
    WooHttp.Res page2 = http.get("/orders?per_page=2&page=2&orderby=id&order=asc");
    assertThat(page2.header("X-WP-Total")).isEqualTo("5");
    assertThat(page2.header("X-WP-TotalPages")).isEqualTo("3");
    String base = sim.baseUrl() + "/wp-json/wc/v3/orders";
    assertThat(page2.header("Link"))
        .isEqualTo(
            "<"
                + base
                + "?per_page=2&page=1&orderby=id&order=asc>; rel=\"prev\", <"
                + base
                + "?per_page=2&page=3&orderby=id&order=asc>; rel=\"next\"");
    assertThat(page2.header("Access-Control-Expose-Headers")).contains("X-WP-Total");
    WooHttp.Res past = http.get("/orders?per_page=2&page=9");
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.text()).isEqualTo("[]");
    assertThat(past.header("Link"))
        .contains("page=3")
        .contains("rel=\"prev\"")
        .doesNotContain("next");
  }

  @Test
  void orders_of_one_second_come_in_another_order_on_each_page_as_mysql_gives_ties() {
    List<Long> placed = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      placed.add(sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1))));
    }
    List<Long> byModified = new ArrayList<>();
    List<Long> byId = new ArrayList<>();
    for (int page = 1; page <= 6; page++) {
      String paging = "&order=asc&per_page=2&page=" + page;
      http.get("/orders?orderby=modified" + paging).json().forEach(o -> byModified.add(id(o)));
      http.get("/orders?orderby=id" + paging).json().forEach(o -> byId.add(id(o)));
    }

    // All twelve share the clock's second: paged by modification, some come twice and some never,
    // as the real HPOS store did; paged by id (unique) each comes once, in order.
    assertThat(byModified).hasSize(12).doesNotContainSequence(placed);
    assertThat(byModified.stream().distinct().count()).isLessThan(12);
    assertThat(byId).containsExactlyElementsOf(placed);
    assertThat(http.get("/orders?orderby=modified&order=asc&per_page=2&page=3").text())
        .isEqualTo(http.get("/orders?orderby=modified&order=asc&per_page=2&page=3").text());
  }

  private static long id(JsonNode order) {
    return order.get("id").asLong();
  }

  @Test
  void per_page_over_100_is_rest_out_of_bounds() {
    WooHttp.Res res = http.get("/orders?per_page=101");
    assertThat(res.status()).isEqualTo(400);
    assertThat(res.json().get("code").asText()).isEqualTo("rest_invalid_param");
    assertThat(res.json().at("/data/params/per_page").asText())
        .isEqualTo("per_page must be between 1 (inclusive) and 100 (inclusive)");
    assertThat(res.json().at("/data/details/per_page/code").asText())
        .isEqualTo("rest_out_of_bounds");
  }

  @Test
  void modified_after_reads_gmt_or_site_time() {
    long early = sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    clock.advance(Duration.ofHours(1));
    long late = sim.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
    // 15:30 UTC is 11:30 in New York (EDT, March 10)
    JsonNode gmt = http.get("/orders?modified_after=2026-03-10T15:30:00&dates_are_gmt=true").json();
    assertThat(gmt).extracting(n -> n.get("id").asLong()).containsExactly(late);
    JsonNode site = http.get("/orders?modified_after=2026-03-10T11:30:00").json();
    assertThat(site).extracting(n -> n.get("id").asLong()).containsExactly(late);
    JsonNode siteEarlier = http.get("/orders?modified_after=2026-03-10T10:30:00").json();
    assertThat(siteEarlier).extracting(n -> n.get("id").asLong()).containsExactly(late, early);
  }

  @Test
  void bad_filters_are_named_as_wordpress_names_them() {
    JsonNode status = http.get("/orders?status=bogus").json();
    assertThat(status.at("/data/details/status[0]/code").asText()).isEqualTo("rest_not_in_enum");
    JsonNode date = http.get("/orders?after=yesterday").json();
    assertThat(date.at("/data/details/after/code").asText()).isEqualTo("rest_invalid_date");
    JsonNode stock =
        http.put(
                "/products/" + sim.product("redwine").get("id").asLong(),
                Map.of("stock_quantity", "lots"))
            .json();
    assertThat(stock.at("/data/details/stock_quantity/code").asText())
        .isEqualTo("rest_invalid_type");
  }

  @Test
  void bad_input_gets_a_wordpress_error_never_a_stack_trace() {
    WooHttp.Res broken = http.post("/orders", "{not json");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().get("code").asText()).isEqualTo("rest_invalid_json");
    assertThat(http.get("/nothing/here").json().get("code").asText()).isEqualTo("rest_no_route");
    assertThat(http.get("/orders/424242").json().get("code").asText())
        .isEqualTo("woocommerce_rest_shop_order_invalid_id");
    assertThat(http.get("/products/424242").status()).isEqualTo(404);
    WooHttp.Res weird =
        http.post("/orders", Map.of("line_items", List.of(Map.of("product_id", 424242))));
    assertThat(weird.status()).isEqualTo(400);
    assertThat(http.post("/products/batch", "[1,2,3]").status()).isEqualTo(200);
    assertThat(http.post("/orders", "\"just a string\"").status()).isEqualTo(201);
  }

  @Test
  void basic_auth_over_plain_http_is_refused_and_accepted_behind_https() {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (sim.consumerKey() + ":" + sim.consumerSecret()).getBytes(StandardCharsets.UTF_8));
    WooHttp.Res plain =
        http.raw(http.request("GET", "/orders", null).header("Authorization", "Basic " + basic));
    assertThat(plain.status()).isEqualTo(401);
    assertThat(plain.text())
        .isEqualTo(
            "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list resources.\",\"data\":{\"status\":401}}");
    assertThat(http.get("/orders").status()).isEqualTo(200);
    String query = "?consumer_key=" + sim.consumerKey() + "&consumer_secret=wrong";
    WooHttp.Res wrong =
        http.raw(http.request("GET", "/orders" + query, null).header("X-Forwarded-Proto", "https"));
    assertThat(wrong.json().get("code").asText())
        .isEqualTo("woocommerce_rest_authentication_error");
    assertThat(wrong.json().get("message").asText()).isEqualTo("Consumer secret is invalid.");
  }

  @Test
  void a_read_only_key_cannot_write() {
    ApiKey reader = sim.createKey("read");
    String q =
        "?consumer_key=" + reader.consumerKey() + "&consumer_secret=" + reader.consumerSecret();
    assertThat(
            http.raw(
                    http.request("GET", "/products" + q, null).header("X-Forwarded-Proto", "https"))
                .status())
        .isEqualTo(200);
    WooHttp.Res write =
        http.raw(
            http.request("POST", "/products" + q, Map.of("name", "x"))
                .header("X-Forwarded-Proto", "https"));
    assertThat(write.status()).isEqualTo(401);
  }

  @Test
  void oauth1_signed_requests_work_over_http_once_per_nonce_and_within_15_minutes() {
    String url = sim.baseUrl() + "/wp-json/wc/v3/products";
    String signed = oauthQuery(url, "n1", clock.instant().getEpochSecond(), "HMAC-SHA256");
    assertThat(http.raw(HttpRequest.newBuilder(URI.create(url + "?" + signed))).status())
        .isEqualTo(200);
    WooHttp.Res replay = http.raw(HttpRequest.newBuilder(URI.create(url + "?" + signed)));
    assertThat(replay.json().get("message").asText())
        .isEqualTo("Invalid nonce - nonce has already been used.");
    String stale =
        oauthQuery(
            url, "n2", clock.instant().minus(Duration.ofMinutes(16)).getEpochSecond(), "HMAC-SHA1");
    assertThat(
            http.raw(HttpRequest.newBuilder(URI.create(url + "?" + stale)))
                .json()
                .get("message")
                .asText())
        .isEqualTo("Invalid timestamp.");
    String sha1 = oauthQuery(url, "n3", clock.instant().getEpochSecond(), "HMAC-SHA1");
    assertThat(http.raw(HttpRequest.newBuilder(URI.create(url + "?" + sha1))).status())
        .isEqualTo(200);
  }

  private String oauthQuery(String url, String nonce, long timestamp, String method) {
    Map<String, String> params = new TreeMap<>();
    params.put("oauth_consumer_key", sim.consumerKey());
    params.put("oauth_nonce", nonce);
    params.put("oauth_timestamp", String.valueOf(timestamp));
    params.put("oauth_signature_method", method);
    params.put("per_page", "5");
    String alg = method.equals("HMAC-SHA1") ? "HmacSHA1" : "HmacSHA256";
    params.put(
        "oauth_signature",
        OAuth1.sign(alg, OAuth1.baseString("GET", url, params), sim.consumerSecret()));
    List<String> pairs = new ArrayList<>();
    params.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }
}
