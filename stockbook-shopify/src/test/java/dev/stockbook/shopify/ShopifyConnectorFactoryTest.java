package dev.stockbook.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreConnectors;
import dev.stockbook.store.config.ConfigKey;
import org.junit.jupiter.api.Test;

class ShopifyConnectorFactoryTest {

  @Test
  void the_service_loader_finds_the_shopify_connector_with_its_keys_and_secrets() {
    var factory = StoreConnectors.installed().get("shopify");

    assertThat(factory).isInstanceOf(ShopifyConnectorFactory.class);
    assertThat(factory.configKeys())
        .extracting(ConfigKey::name)
        .containsExactly(
            "shop", "accessToken", "apiVersion", "clientSecret", "location", "pageSize");
    assertThat(factory.configKeys())
        .filteredOn(ConfigKey::secret)
        .extracting(ConfigKey::name)
        .containsExactly("accessToken", "clientSecret");
    assertThat(factory.isDefaultType()).isFalse();
    assertThat(factory.webhooks()).isPresent();
  }

  @Test
  void shopify_words_name_lifecycle_states() {
    assertThat(new ShopifyConnectorFactory().lifecycleOf("partially_paid"))
        .contains(OrderLifecycle.ON_HOLD);
    assertThat(new ShopifyConnectorFactory().lifecycleOf("on-hold")).isEmpty();
  }

  @Test
  void stockbooks_changes_are_named_after_their_connection_in_shopifys_inventory_history() {
    assertThat(ShopifyConnector.reference("main shop"))
        .isEqualTo("gid://stockbook/Connection/main+shop");
    assertThat(ShopifyConnector.reference(null)).isEqualTo("gid://stockbook/Connection/default");
  }
}
