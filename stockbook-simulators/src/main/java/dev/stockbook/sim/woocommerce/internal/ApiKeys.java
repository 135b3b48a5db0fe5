package dev.stockbook.sim.woocommerce.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** REST API keys ({@code wp_woocommerce_api_keys}): consumer key, secret and permissions. */
public final class ApiKeys {
  /** A key as issued; permissions are {@code read}, {@code write} or {@code read_write}. */
  public record Key(String consumerKey, String consumerSecret, String permissions) {
    public boolean canRead() {
      return !"write".equals(permissions);
    }

    public boolean canWrite() {
      return !"read".equals(permissions);
    }
  }

  private final Map<String, Key> byConsumerKey = new ConcurrentHashMap<>();
  private final Store store;

  public ApiKeys(Store store) {
    this.store = store;
  }

  public Key issue(String permissions) {
    synchronized (store.lock) {
      Key key = new Key("ck_" + hex(40), "cs_" + hex(40), permissions);
      byConsumerKey.put(key.consumerKey(), key);
      return key;
    }
  }

  public Optional<Key> find(String consumerKey) {
    return Optional.ofNullable(consumerKey == null ? null : byConsumerKey.get(consumerKey));
  }

  private String hex(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(Character.forDigit(store.random.nextInt(16), 16));
    }
    return out.toString();
  }
}
