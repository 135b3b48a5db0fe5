package dev.stockbook.demo;

import picocli.CommandLine.Option;

/**
 * The simulators' port options and the store to play on, shared by {@code demo} and {@code
 * simulate}.
 */
final class SimulatorPorts {
  @Option(
      names = "--store",
      paramLabel = "TYPE",
      defaultValue = "woocommerce",
      converter = StoreKindConverter.class,
      description = "The store simulator: woocommerce (default) or shopify.")
  DemoStore.Kind store;

  @Option(
      names = "--quickbooks-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "QuickBooks simulator port (default: any free port).")
  int quickbooks;

  @Option(
      names = "--woocommerce-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "WooCommerce simulator port (default: any free port).")
  int woocommerce;

  @Option(
      names = "--shopify-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Shopify simulator port, with --store shopify (default: any free port).")
  int shopify;

  /** The store simulator's port for {@code kind}. */
  int store(DemoStore.Kind kind) {
    return kind == DemoStore.Kind.SHOPIFY ? shopify : woocommerce;
  }
}

/** {@code --store woocommerce|shopify}, in any case. */
final class StoreKindConverter implements picocli.CommandLine.ITypeConverter<DemoStore.Kind> {
  @Override
  public DemoStore.Kind convert(String value) {
    for (DemoStore.Kind kind : DemoStore.Kind.values()) {
      if (kind.type().equalsIgnoreCase(value.trim())) {
        return kind;
      }
    }
    throw new picocli.CommandLine.TypeConversionException(
        "--store must be woocommerce or shopify, was '" + value + "'");
  }
}
