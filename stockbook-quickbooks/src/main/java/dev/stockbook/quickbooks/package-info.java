/**
 * QuickBooks Online for Stockbook: {@link dev.stockbook.quickbooks.QuickBooksBooks} implements the
 * engine's {@code Books} port on {@link dev.stockbook.quickbooks.QuickBooksClient} (java.net.http +
 * Jackson), with {@link dev.stockbook.quickbooks.OAuthTokens} for token refresh and {@link
 * dev.stockbook.quickbooks.IntuitSignature} for webhooks. Everything in {@code internal} may change
 * without notice.
 */
package dev.stockbook.quickbooks;
