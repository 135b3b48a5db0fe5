package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StockAddress;
import dev.stockbook.store.StoreProduct;
import org.junit.jupiter.api.Test;

class ProductMapperTest {

  @Test
  void a_simple_product_with_managed_stock_reports_its_quantity() {
    StoreProduct widget = ProductMapper.map(Fixtures.json("product-simple.json"));

    assertThat(widget)
        .isEqualTo(
            new StoreProduct(
                StockAddress.single("10", null),
                "W-1",
                "Widget",
                true,
                20L,
                "simple",
                StoreProduct.Role.ITEM));
    assertThat(widget.isVariation()).isFalse();
  }

  @Test
  void a_variable_parent_without_managed_stock_has_no_quantity() {
    StoreProduct tee = ProductMapper.map(Fixtures.json("product-variable.json"));

    assertThat(tee)
        .isEqualTo(
            new StoreProduct(
                StockAddress.single("11", null),
                "TEE",
                "Tee",
                false,
                null,
                "variable",
                StoreProduct.Role.PARENT));
  }

  @Test
  void a_variation_is_reported_under_its_parent() {
    var created = Fixtures.json("variations-batch-create-response.json").path("create");

    assertThat(ProductMapper.map(created.get(0)))
        .isEqualTo(
            new StoreProduct(
                StockAddress.single("11", "12"),
                "TEE-S",
                "S",
                true,
                5L,
                "variation",
                StoreProduct.Role.ITEM));
    assertThat(ProductMapper.map(created.get(1)).stockQuantity()).isEqualTo(7L);
  }

  @Test
  void a_variation_found_by_sku_carries_its_full_name() {
    StoreProduct teeS = ProductMapper.map(Fixtures.json("product-variation-webhook-body.json"));

    assertThat(teeS)
        .isEqualTo(
            new StoreProduct(
                StockAddress.single("11", "12"),
                "TEE-S",
                "Tee - S",
                true,
                9L,
                "variation",
                StoreProduct.Role.ITEM));
  }

  @Test
  void a_variation_whose_parent_manages_stock_does_not_manage_stock_itself() {
    ObjectNode json = (ObjectNode) Fixtures.json("product-variation-webhook-body.json");
    json.put("manage_stock", "parent").put("stock_quantity", 50);

    StoreProduct teeS = ProductMapper.map(json);

    assertThat(teeS.managesStock()).isFalse();
    assertThat(teeS.stockQuantity()).isNull();
  }
}
