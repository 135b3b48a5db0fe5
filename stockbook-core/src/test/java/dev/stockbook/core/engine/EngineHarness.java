package dev.stockbook.core.engine;

import dev.stockbook.core.state.InMemoryStateStore;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.TrackedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One connection wired to fakes: a store, QuickBooks, the state store and a hand-moved clock. */
final class EngineHarness {
  final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T10:00:00Z"));
  final InMemoryStateStore state = new InMemoryStateStore();
  final FakeBooks books = new FakeBooks(clock);
  final FakeStore store;
  ConnectionSettings settings = ConnectionSettings.defaults("shop");

  EngineHarness() {
    this(new FakeStore());
  }

  EngineHarness(FakeStore store) {
    this.store = store;
  }

  /** An item on both sides with the same quantity. */
  EngineHarness stocked(String sku, long quantity) {
    books.addInventoryItem(sku, quantity);
    store.addProduct(sku, quantity);
    return this;
  }

  /** A fresh engine each time, as after a restart: only the state store carries over. */
  SyncEngine engine() {
    return new SyncEngine(new SyncContext(settings, store, books, state, clock));
  }

  CycleReport cycle() {
    clock.advance(Duration.ofMinutes(1));
    return engine().runCycle(false);
  }

  /** An order placed now. */
  OrderBuilder sale(String id) {
    return OrderBuilder.order(id).at(clock.instant());
  }

  TrackedOrder order(String id) {
    return state.orders().find(settings.name(), id).orElseThrow();
  }

  OrderState stateOf(String id) {
    return order(id).state();
  }

  List<Posting> postings(String orderId) {
    return state.postings().forOrder(settings.name(), orderId);
  }

  ConnectionSettings excluding(Set<String> skus) {
    ConnectionSettings s = settings;
    return new ConnectionSettings(
        s.name(),
        s.storeName(),
        s.matchRule(),
        s.sold(),
        s.documents(),
        s.docNumberPrefix(),
        s.customer(),
        s.unmatched(),
        s.itemAccounts(),
        s.depositAccounts(),
        s.currency(),
        s.batchSize(),
        s.orderOverlap(),
        s.firstOrderLookback(),
        s.safetyBuffer(),
        s.skuBuffers(),
        s.floorAtZero(),
        skus,
        s.sweepInterval(),
        s.feeItem(),
        s.refundItem(),
        s.bookkeeping(),
        s.sameCompany());
  }

  ConnectionSettings with(int batchSize, long safetyBuffer) {
    ConnectionSettings s = settings;
    return new ConnectionSettings(
        s.name(),
        s.storeName(),
        s.matchRule(),
        s.sold(),
        s.documents(),
        s.docNumberPrefix(),
        s.customer(),
        s.unmatched(),
        s.itemAccounts(),
        s.depositAccounts(),
        s.currency(),
        batchSize,
        s.orderOverlap(),
        s.firstOrderLookback(),
        safetyBuffer,
        s.skuBuffers(),
        s.floorAtZero(),
        s.excludedSkus(),
        s.sweepInterval(),
        s.feeItem(),
        s.refundItem(),
        s.bookkeeping(),
        s.sameCompany());
  }
}
