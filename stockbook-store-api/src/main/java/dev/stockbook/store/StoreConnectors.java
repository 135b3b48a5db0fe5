package dev.stockbook.store;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The store connectors on the class path, found once with {@link ServiceLoader}. */
public final class StoreConnectors {
  private final List<StoreConnectorFactory> factories;

  private StoreConnectors(List<StoreConnectorFactory> factories) {
    this.factories = List.copyOf(factories);
  }

  private static final class Installed {
    static final StoreConnectors INSTANCE =
        new StoreConnectors(
            ServiceLoader.load(StoreConnectorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
  }

  /** Every connector installed on the class path. */
  public static StoreConnectors installed() {
    return Installed.INSTANCE;
  }

  /** Exactly these connectors (tests, embedding). */
  public static StoreConnectors of(List<StoreConnectorFactory> factories) {
    return new StoreConnectors(factories);
  }

  public Optional<StoreConnectorFactory> find(String type) {
    return factories.stream().filter(f -> f.type().equals(type)).findFirst();
  }

  /** The factory of {@code type}; a clear message naming the installed types when none. */
  public StoreConnectorFactory get(String type) {
    return find(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no store connector of type '"
                        + type
                        + "' is installed (installed: "
                        + types()
                        + ")"));
  }

  public List<StoreConnectorFactory> all() {
    return factories;
  }

  public List<String> typeNames() {
    return factories.stream().map(StoreConnectorFactory::type).toList();
  }

  private String types() {
    return factories.stream().map(StoreConnectorFactory::type).collect(Collectors.joining(", "));
  }
}
