package dev.stockbook.sim.woocommerce;

/**
 * A REST API key as wp-admin issues it.
 *
 * @param permissions {@code read}, {@code write} or {@code read_write}
 */
public record ApiKey(String consumerKey, String consumerSecret, String permissions) {}
