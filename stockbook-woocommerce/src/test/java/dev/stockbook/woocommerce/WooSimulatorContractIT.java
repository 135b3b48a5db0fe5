package dev.stockbook.woocommerce;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.testkit.StoreConnectorContract;
import dev.stockbook.testkit.StoreUnderTest;
import java.time.Duration;

/**
 * The store connector contract against the WooCommerce simulator over HTTP, acting in it through
 * its REST API exactly as {@link RealWooContractIT} acts in a real WooCommerce 10.0.2.
 */
class WooSimulatorContractIT extends StoreConnectorContract {

  @Override
  protected StoreUnderTest openStore() {
    WooCommerceSimulator sim =
        WooCommerceSimulator.builder()
            .clock(SimClock.system())
            .webhookLag(Duration.ZERO)
            .backgroundDelivery(false)
            .start();
    WooRestStore.Deliveries queue =
        new WooRestStore.Deliveries() {
          @Override
          public void push() {
            sim.deliverDueWebhooks();
          }

          @Override
          public Duration patience() {
            return Duration.ofSeconds(5);
          }
        };
    return new WooRestStore(
        sim.baseUrl(), sim.consumerKey(), sim.consumerSecret(), "sim", queue, sim::close);
  }
}
