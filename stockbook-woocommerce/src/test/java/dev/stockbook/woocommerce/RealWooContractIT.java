package dev.stockbook.woocommerce;

import dev.stockbook.testkit.StoreConnectorContract;
import dev.stockbook.testkit.StoreUnderTest;

/**
 * The store connector contract against a real WooCommerce 10.0.2 (posts storage), built by {@code
 * ../shared/real-woocommerce/setup.sh}. Runs in the {@code real-woo} profile, which {@code .ci/run}
 * turns on after building the store; skipped elsewhere. The store keeps what each run creates, so
 * every name carries a run-unique prefix.
 */
class RealWooContractIT extends StoreConnectorContract {

  @Override
  protected StoreUnderTest openStore() {
    return RealWoo.open("real.woo.state", "/tmp/real-woo");
  }
}
