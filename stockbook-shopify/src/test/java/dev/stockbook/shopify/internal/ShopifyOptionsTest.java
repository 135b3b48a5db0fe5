package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.store.config.ConfigValues;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopifyOptionsTest {

  @Test
  void a_shop_may_be_named_by_its_handle_its_domain_or_an_origin() {
    assertThat(ShopAddress.parse("my-shop").graphql("2026-10"))
        .isEqualTo(URI.create("https://my-shop.myshopify.com/admin/api/2026-10/graphql.json"));
    assertThat(ShopAddress.parse("My-Shop.myshopify.com/").domain())
        .isEqualTo("my-shop.myshopify.com");
    assertThat(ShopAddress.parse("https://my-shop.myshopify.com").domain())
        .isEqualTo("my-shop.myshopify.com");
    ShopAddress local = ShopAddress.parse("http://127.0.0.1:8123");
    assertThat(local.domain()).isNull();
    assertThat(local.graphql("2026-10"))
        .isEqualTo(URI.create("http://127.0.0.1:8123/admin/api/2026-10/graphql.json"));
  }

  @Test
  void every_problem_is_reported_together_each_naming_its_key() {
    ConfigValues bad =
        ConfigValues.of(
            Map.of(
                "shop", "https://my-shop.myshopify.com/admin",
                "apiVersion", "2026-01",
                "pageSize", "500"));

    assertThat(ShopifyOptions.problems(bad))
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).startsWith("shop: ").contains("has a path"))
        .anySatisfy(p -> assertThat(p).startsWith("accessToken: "))
        .anySatisfy(p -> assertThat(p).startsWith("apiVersion: ").contains("2026-04 or later"))
        .anySatisfy(p -> assertThat(p).startsWith("pageSize: "));
  }

  @Test
  void defaults_fill_what_is_left_out_and_no_secret_is_in_the_text_form() {
    ShopifyOptions options =
        ShopifyOptions.from(
            new dev.stockbook.store.StoreSettings(
                "main",
                ConfigValues.of(Map.of("shop", "my-shop", "accessToken", "shpat_secret")),
                java.time.Duration.ofSeconds(5),
                java.time.Clock.systemUTC()));

    assertThat(options.apiVersion()).isEqualTo("2026-10");
    assertThat(options.pageSize()).isEqualTo(100);
    assertThat(options.location()).isEmpty();
    assertThat(options.toString()).doesNotContain("shpat_secret");
  }

  @Test
  void settings_with_problems_are_refused_with_all_of_them() {
    assertThatThrownBy(
            () ->
                ShopifyOptions.from(
                    new dev.stockbook.store.StoreSettings(
                        "main",
                        ConfigValues.of(Map.of()),
                        java.time.Duration.ofSeconds(5),
                        java.time.Clock.systemUTC())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shop: ")
        .hasMessageContaining("accessToken: ");
  }
}
