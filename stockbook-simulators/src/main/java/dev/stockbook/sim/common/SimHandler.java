package dev.stockbook.sim.common;

/** A simulator's application logic: one request in, one response out. */
@FunctionalInterface
public interface SimHandler {
  SimResponse handle(SimRequest request) throws Exception;
}
