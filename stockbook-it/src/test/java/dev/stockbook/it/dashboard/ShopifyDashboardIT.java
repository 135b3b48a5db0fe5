package dev.stockbook.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.demo.DemoDashboard;
import dev.stockbook.demo.DemoStore;
import dev.stockbook.demo.DemoWorld;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over a Shopify connection, as {@code stockbook demo --store shopify --keep-running}
 * leaves it: the held order and the stock drift show, and "Sync now" and "reconcile" work.
 */
class ShopifyDashboardIT {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final String CONN = "/dashboard/connections/" + DemoWorld.CONNECTION;
  private static DashboardWorld world;

  @BeforeAll
  static void start() throws Exception {
    world = new DashboardWorld(DemoStore.Kind.SHOPIFY);
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  @Test
  void the_held_order_and_the_drift_show_and_sync_now_runs_a_cycle() throws Exception {
    HttpClient http = signedIn();
    HttpResponse<String> orders = get(http, CONN + "/orders");
    assertThat(orders.statusCode()).isEqualTo(200);
    assertThat(orders.body()).contains(DemoDashboard.NEW_SKU);
    HttpResponse<String> stock = get(http, CONN + "/stock");
    assertThat(stock.statusCode()).isEqualTo(200);
    assertThat(stock.body()).contains(DemoDashboard.DRIFT_SKU).contains("50");

    String csrf = csrf(get(http, CONN).body());
    HttpResponse<String> sync = post(http, CONN + "/sync", Map.of("csrf", csrf));
    assertThat(sync.statusCode()).as(sync.body()).isIn(200, 303);
    assertThat(world.world.shopify().quantity("redwine", "available")).isEqualTo(20);
  }

  private static HttpClient signedIn() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();
    String csrf = csrf(get(http, "/dashboard/sign-in").body());
    HttpResponse<String> done =
        post(http, "/dashboard/sign-in", Map.of("csrf", csrf, "token", DashboardWorld.TOKEN));
    assertThat(done.statusCode()).isEqualTo(303);
    return http;
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a csrf field in the page").isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(world.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient http, String path, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(world.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
