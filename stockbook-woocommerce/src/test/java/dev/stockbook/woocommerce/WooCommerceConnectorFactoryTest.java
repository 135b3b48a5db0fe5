package dev.stockbook.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreSettings;
import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class WooCommerceConnectorFactoryTest {

  @Test
  void the_factory_is_found_by_service_loader_under_the_type_woocommerce() {
    assertThat(ServiceLoader.load(StoreConnectorFactory.class))
        .extracting(StoreConnectorFactory::type)
        .contains("woocommerce");
  }

  @Test
  void bad_options_are_reported_together() {
    StoreSettings settings =
        new StoreSettings(
            "shop",
            ConfigValues.of(
                Map.of(
                    "url", "https://shop.example",
                    "consumerKey", "ck",
                    "consumerSecret", "cs",
                    "auth", "digest",
                    "treatAsHttpsHeader", "nonsense",
                    "pageSize", "500")),
            Duration.ofSeconds(5),
            Clock.systemUTC());

    assertThatThrownBy(() -> new WooCommerceConnectorFactory().create(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth: must be basic or oauth1")
        .hasMessageContaining("treatAsHttpsHeader")
        .hasMessageContaining("pageSize: must be a whole number from 1 to 100, was '500'");
  }
}
