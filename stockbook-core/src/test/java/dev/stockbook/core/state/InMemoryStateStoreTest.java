package dev.stockbook.core.state;

class InMemoryStateStoreTest extends StateStoreContract {
  @Override
  protected StateStore newStore() {
    return new InMemoryStateStore();
  }
}
