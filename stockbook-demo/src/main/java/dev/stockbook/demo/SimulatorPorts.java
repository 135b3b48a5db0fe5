package dev.stockbook.demo;

import picocli.CommandLine.Option;

/** The simulators' port options, shared by {@code demo} and {@code simulate}. */
final class SimulatorPorts {
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
}
