package dev.stockbook.sim.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopifyQueryIT {
  static final String ORDERS =
      "query($q: String, $after: String) { orders(first: 2, after: $after, query: $q, sortKey: UPDATED_AT) {"
          + " edges { cursor node { id name updatedAt displayFinancialStatus } } pageInfo { hasNextPage endCursor } } }";

  SimClock clock = SimClock.fixed(Instant.parse("2026-11-02T10:00:00Z"));
  ShopifySimulator sim = ShopifySimulator.builder().clock(clock).promptWebhooks(false).start();
  AdminHttp http = new AdminHttp(sim);

  @AfterEach
  void stop() {
    sim.close();
  }

  private long order(String sku) {
    long id = sim.shopper().placeOrder(List.of(new Shopper.Line(sku, 1)));
    clock.advance(Duration.ofMinutes(1));
    return id;
  }

  @Test
  void cursors_page_through_orders_updated_since_a_time_in_updated_order() {
    sim.seedDemoStore();
    long first = order("redwine");
    String since = clock.instant().toString();
    long second = order("redwine");
    long third = order("rosewine");
    long fourth = order("TEE-S");
    sim.merchant().markPaid(first);
    List<String> names = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      Map<String, Object> vars =
          new java.util.HashMap<>(Map.of("q", "updated_at:>='" + since + "'"));
      vars.put("after", after);
      JsonNode page = http.query(ORDERS, vars).data().path("orders");
      page.path("edges").forEach(e -> names.add(e.at("/node/name").asText()));
      more = page.at("/pageInfo/hasNextPage").asBoolean();
      after = page.at("/pageInfo/endCursor").asText();
    }
    assertThat(names).containsExactly("#1002", "#1003", "#1004", "#1001");
    assertThat(List.of(second, third, fourth)).doesNotContain(first);
  }

  @Test
  void an_unknown_search_field_is_ignored_with_a_warning() {
    sim.seedDemoStore();
    order("redwine");
    AdminHttp.Res res = http.query("{ orders(first: 5, query: \"colour:red\") { nodes { id } } }");
    assertThat(res.data().at("/orders/nodes")).hasSize(1);
    assertThat(res.body().at("/extensions/search/0/warnings/0/field").asText()).isEqualTo("colour");
  }

  @Test
  void orders_older_than_60_days_need_read_all_orders() {
    sim.seedDemoStore();
    clock.set(Instant.parse("2026-08-01T10:00:00Z"));
    order("redwine");
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    order("redwine");
    String limited = sim.issueToken(Set.of("read_orders"));
    String q = "{ orders(first: 10) { nodes { name } } }";
    assertThat(new AdminHttp(sim, limited, "2026-10").query(q).data().at("/orders/nodes"))
        .hasSize(1);
    assertThat(http.query(q).data().at("/orders/nodes")).hasSize(2);
  }

  @Test
  void a_page_needs_first_or_last_and_at_most_250() {
    assertThat(http.query("{ orders { nodes { id } } }").body().at("/errors/0/message").asText())
        .isEqualTo("you must provide one of first or last");
    AdminHttp.Res big = http.query("{ orders(first: 251) { nodes { id } } }");
    assertThat(big.body().has("data")).isFalse();
    assertThat(big.body().at("/errors/0/message").asText()).contains("between 0 and 250");
  }

  @Test
  void a_bad_or_revoked_token_gets_401() {
    String token = sim.issueToken(Set.of("read_orders"));
    AdminHttp client = new AdminHttp(sim, token, "2026-10");
    assertThat(client.query("{ shop { name } }").status()).isEqualTo(200);
    sim.revokeToken(token);
    AdminHttp.Res res = client.query("{ shop { name } }");
    assertThat(res.status()).isEqualTo(401);
    assertThat(res.body().path("errors").asText())
        .startsWith("[API] Invalid API key or access token");
    assertThat(new AdminHttp(sim, "shpat_nope", "2026-10").query("{ shop { name } }").status())
        .isEqualTo(401);
  }

  @Test
  void a_missing_scope_is_access_denied_and_an_old_version_falls_forward() {
    AdminHttp noOrders = new AdminHttp(sim, sim.issueToken(Set.of("read_products")), "2025-07");
    AdminHttp.Res res = noOrders.query("{ orders(first: 1) { nodes { id } } }");
    assertThat(res.servedVersion()).isEqualTo("2026-01");
    assertThat(res.errorCode()).isEqualTo("ACCESS_DENIED");
    assertThat(new AdminHttp(sim, sim.accessToken(), "2026-05").query("{ shop { name } }").status())
        .isEqualTo(404);
  }

  @Test
  void validation_errors_come_back_in_shopify_shape() {
    AdminHttp.Res res = http.query("{ shop { nope } }");
    assertThat(res.status()).isEqualTo(200);
    assertThat(res.body().at("/errors/0/message").asText())
        .isEqualTo("Field 'nope' doesn't exist on type 'Shop'");
    assertThat(res.errorCode()).isEqualTo("undefinedField");
  }

  @Test
  void a_bulk_query_writes_jsonl_with_parent_ids() {
    sim.seedDemoStore();
    AdminHttp.Res run =
        http.query(
            "mutation { bulkOperationRunQuery(query: \"{ products { edges { node { id title variants { edges { node { id sku } } } } } } }\") { bulkOperation { id status } userErrors { message } } }");
    assertThat(run.data().at("/bulkOperationRunQuery/bulkOperation/status").asText())
        .isEqualTo("CREATED");
    JsonNode op =
        http.query("{ currentBulkOperation { status objectCount rootObjectCount url } }")
            .data()
            .path("currentBulkOperation");
    assertThat(op.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(op.path("rootObjectCount").asText()).isEqualTo("4");
    assertThat(op.path("objectCount").asText()).isEqualTo("9");
    String jsonl = http.get(java.net.URI.create(op.path("url").asText()));
    assertThat(jsonl.lines().filter(l -> l.contains("\"sku\":\"TEE-M\"")).findFirst().orElseThrow())
        .contains("__parentId");
  }
}
