package dev.stockbook.sim.quickbooks.internal;

import dev.stockbook.sim.quickbooks.CompanySettings;

/** What the transaction rules read besides the transaction itself. */
record TxnContext(
    Company company,
    CompanyTime time,
    CompanySettings settings,
    Currencies currencies,
    boolean allowShipping) {}
