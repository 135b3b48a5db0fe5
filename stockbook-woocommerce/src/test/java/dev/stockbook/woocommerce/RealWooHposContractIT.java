package dev.stockbook.woocommerce;

import dev.stockbook.testkit.StoreConnectorContract;
import dev.stockbook.testkit.StoreUnderTest;

/**
 * The store connector contract against a real WooCommerce 10.0.2 with High-Performance Order
 * Storage on ({@code REAL_WOO_HPOS=1 setup.sh}): orders live in the custom order tables, which
 * list, filter and paginate through other code than posts storage.
 */
class RealWooHposContractIT extends StoreConnectorContract {

  @Override
  protected StoreUnderTest openStore() {
    return RealWoo.open("real.woo.hpos.state", "/tmp/real-woo-hpos");
  }
}
