package dev.stockbook.sim.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.SimClock;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault kinds a real store's host shows, injected through the shared fault plan. */
class WooFaultsIT {
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
  void a_503_burst_answers_with_a_wordpress_error_body_then_recovers() {
    sim.faults().next("GET", "/wp-json/wc/v3/products", Fault.status(503), 2);
    assertThat(http.get("/products").status()).isEqualTo(503);
    WooHttp.Res second = http.get("/products");
    assertThat(second.status()).isEqualTo(503);
    assertThat(second.json().has("code")).isTrue();
    assertThat(http.get("/products").status()).isEqualTo(200);
    assertThat(sim.journal().count(e -> "STATUS".equals(e.fault()))).isEqualTo(2);
  }

  @Test
  void a_captcha_page_comes_back_as_html_with_a_success_status() {
    sim.faults().next("GET", "/wp-json/wc/v3/orders", Fault.htmlPage(202), 1);
    WooHttp.Res res = http.get("/orders");
    assertThat(res.status()).isEqualTo(202);
    assertThat(res.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(new String(res.raw().body())).contains("<html");
  }

  @Test
  void commit_then_drop_applies_the_write_but_cuts_the_answer() {
    long red = sim.product("redwine").get("id").asLong();
    sim.faults().next("POST", "/wp-json/wc/v3/products/batch", Fault.commitThenDrop(), 1);
    assertThatThrownBy(
            () ->
                http.post(
                    "/products/batch",
                    Map.of("update", List.of(Map.of("id", red, "stock_quantity", 3)))))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(sim.stock("redwine")).as("the write was applied").isEqualTo(3L);
    assertThat(sim.journal().count(e -> "COMMIT_THEN_DROP".equals(e.fault()) && e.status() == 0))
        .isEqualTo(1);
  }

  @Test
  void a_429_from_the_host_is_not_applied() {
    long red = sim.product("redwine").get("id").asLong();
    sim.faults().next("POST", "/wp-json/wc/v3/products/batch", Fault.status(429), 1);
    WooHttp.Res res =
        http.post(
            "/products/batch", Map.of("update", List.of(Map.of("id", red, "stock_quantity", 3))));
    assertThat(res.status()).isEqualTo(429);
    assertThat(sim.stock("redwine")).isEqualTo(20L);
  }
}
