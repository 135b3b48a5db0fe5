package dev.stockbook.shopify;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.shopify.Plan;
import dev.stockbook.testkit.StoreConnectorContract;
import dev.stockbook.testkit.StoreUnderTest;

/** The store connector contract, run against the Shopify simulator over HTTP. */
class ShopifySimulatorContractIT extends StoreConnectorContract {

  @Override
  protected StoreUnderTest openStore() {
    return new ShopifySimulatorStore(SimClock.system(), Plan.PLUS);
  }
}
