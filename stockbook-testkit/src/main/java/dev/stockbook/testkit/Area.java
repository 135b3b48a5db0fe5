package dev.stockbook.testkit;

import dev.stockbook.store.StoreConnector;

/** What each group of contract cases is given. */
public interface Area {
  StoreUnderTest store();

  StoreConnector connector();
}
