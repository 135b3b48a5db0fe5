package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreProduct;
import org.junit.jupiter.api.Test;

class ProductMapperTest {
  private static final String LOCATION = "7000001000001";

  @Test
  void a_default_variant_is_a_simple_product_and_an_option_variant_a_variation() {
    JsonNode nodes = Fixtures.json("simulator/variants-page.json").at("/productVariants/nodes");

    StoreProduct red = ProductMapper.map(nodes.get(0), LOCATION);
    StoreProduct teeM = ProductMapper.map(nodes.get(4), LOCATION);

    assertThat(red.address())
        .isEqualTo(new StockAddress("7000001000002", null, "7000001000004", LOCATION));
    assertThat(red.kind()).isEqualTo("product");
    assertThat(red.managesStock()).isTrue();
    assertThat(red.stockQuantity()).isEqualTo(18L);
    assertThat(teeM.sku()).isEqualTo("TEE-M");
    assertThat(teeM.isVariation()).isTrue();
    assertThat(teeM.kind()).isEqualTo("variant");
    assertThat(teeM.name()).isEqualTo("T-Shirt - M");
    assertThat(teeM.role()).isEqualTo(StoreProduct.Role.ITEM);
  }

  @Test
  void an_untracked_item_or_one_not_stocked_at_the_location_does_not_manage_stock() {
    JsonNode nodes = Fixtures.json("handmade/variant-untracked-and-unstocked.json");

    StoreProduct gift = ProductMapper.map(nodes.get(0), LOCATION);
    StoreProduct crate = ProductMapper.map(nodes.get(1), LOCATION);

    assertThat(gift.managesStock()).isFalse();
    assertThat(gift.stockQuantity()).isNull();
    assertThat(crate.managesStock()).isFalse();
    assertThat(crate.stockQuantity()).isNull();
    assertThat(crate.address().inventoryItemId()).isEqualTo("72");
  }
}
