package dev.stockbook.core.books;

import java.math.BigDecimal;

/** A document as QuickBooks holds it. */
public record PostedDocument(
    DocumentKind kind, String id, String docNumber, String syncToken, BigDecimal total) {}
