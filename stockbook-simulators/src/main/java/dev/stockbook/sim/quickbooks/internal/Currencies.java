package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.quickbooks.CompanySettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Multicurrency ("Manage multiple currencies" and the Customer and SalesReceipt references): the
 * company's exchange rates (home-currency units per foreign unit, by currency and as-of date) and
 * the currency rules of customers and sales documents. Not thread-safe; the store serialises.
 */
public final class Currencies {
  private final CompanySettings settings;
  private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

  Currencies(CompanySettings settings) {
    this.settings = settings;
  }

  void rate(String code, LocalDate asOf, BigDecimal rate) {
    rates.computeIfAbsent(iso(code), c -> new TreeMap<>()).put(asOf, rate);
  }

  /** The rate in force on {@code date}: the latest as-of date on or before it. */
  Optional<Map.Entry<LocalDate, BigDecimal>> rateOn(String code, LocalDate date) {
    TreeMap<LocalDate, BigDecimal> byDate = rates.get(code.toUpperCase(Locale.ROOT));
    return Optional.ofNullable(byDate == null ? null : byDate.floorEntry(date));
  }

  /** Customers carry a currency; in multicurrency companies so do accounts (home by default). */
  void nameList(EntityKind kind, ObjectNode before, ObjectNode entity) {
    if (kind == EntityKind.CUSTOMER) {
      customer(before, entity);
    } else if (kind == EntityKind.ACCOUNT) {
      String sent = Json.ref(entity, "CurrencyRef");
      if (!settings.multiCurrency()) {
        refuseForeign(sent);
      } else {
        entity.set("CurrencyRef", ref(iso(sent != null ? sent : settings.homeCurrency())));
      }
    }
  }

  /**
   * A customer's currency is set once: the home currency when none is sent, and never changed after
   * (Customer reference: "Once set, it cannot be changed"). Single-currency companies keep
   * customers as sent, except that a foreign currency is refused.
   */
  private void customer(ObjectNode before, ObjectNode customer) {
    String sent = Json.ref(customer, "CurrencyRef");
    if (!settings.multiCurrency()) {
      refuseForeign(sent);
      return;
    }
    String was = before == null ? null : Json.ref(before, "CurrencyRef");
    if (was != null && sent != null && !was.equalsIgnoreCase(sent)) {
      throw QboFault.business(
          "The currency of customer "
              + Json.text(before, "DisplayName")
              + " is "
              + was
              + "; a customer's currency cannot be changed once it is set (sent "
              + sent.toUpperCase(Locale.ROOT)
              + ")");
    }
    String code = iso(was != null ? was : sent != null ? sent : settings.homeCurrency());
    customer.set("CurrencyRef", ref(code));
  }

  /**
   * A sales document or payment: its currency ({@code CurrencyRef}, the home currency when omitted)
   * must be its customer's, its {@code ExchangeRate} is 1 in the home currency and otherwise as
   * sent or else the company's rate for the transaction date (reference default 1), and a deposit
   * account must be in the home currency or the document's.
   */
  void transaction(ObjectNode txn, Company company) {
    String sent = Json.ref(txn, "CurrencyRef");
    if (!settings.multiCurrency()) {
      refuseForeign(sent);
      return;
    }
    String code = iso(sent != null ? sent : settings.homeCurrency());
    txn.set("CurrencyRef", ref(code));
    matchCustomer(txn, company, code);
    txn.put("ExchangeRate", exchangeRate(txn, code));
    depositAccount(txn, company, code);
  }

  /** {@code HomeTotalAmt}: the total in home currency, for multicurrency companies only. */
  void homeTotal(ObjectNode txn) {
    BigDecimal rate = Json.decimal(txn, "ExchangeRate");
    BigDecimal total = Json.decimal(txn, "TotalAmt");
    if (settings.multiCurrency() && rate != null && total != null) {
      txn.put("HomeTotalAmt", Money.cents(total.multiply(rate)));
    }
  }

  private void matchCustomer(ObjectNode txn, Company company, String code) {
    String customerId = Json.ref(txn, "CustomerRef");
    ObjectNode customer =
        customerId == null ? null : company.find(EntityKind.CUSTOMER, customerId).orElse(null);
    if (customer == null) {
      return;
    }
    String own = Optional.ofNullable(Json.ref(customer, "CurrencyRef")).orElse(home());
    if (!own.equalsIgnoreCase(code)) {
      throw QboFault.business(
          "The transaction is in "
              + code
              + " but customer "
              + Json.text(customer, "DisplayName")
              + " uses "
              + own.toUpperCase(Locale.ROOT)
              + "; a customer's transactions must be in the customer's currency");
    }
  }

  private BigDecimal exchangeRate(ObjectNode txn, String code) {
    if (code.equals(home())) {
      return BigDecimal.ONE;
    }
    BigDecimal sent = Json.decimal(txn, "ExchangeRate");
    if (sent != null) {
      if (sent.signum() <= 0) {
        throw QboFault.badRequest(
            "Invalid exchange rate", "ExchangeRate must be greater than zero, was " + sent);
      }
      return sent;
    }
    LocalDate date = LocalDate.parse(Json.text(txn, "TxnDate"));
    return rateOn(code, date).map(Map.Entry::getValue).orElse(BigDecimal.ONE);
  }

  private void depositAccount(ObjectNode txn, Company company, String code) {
    String accountId = Json.ref(txn, "DepositToAccountRef");
    ObjectNode account =
        accountId == null ? null : company.find(EntityKind.ACCOUNT, accountId).orElse(null);
    String accountCurrency =
        account == null
            ? home()
            : Optional.ofNullable(Json.ref(account, "CurrencyRef")).orElse(home());
    if (!accountCurrency.equalsIgnoreCase(home()) && !accountCurrency.equalsIgnoreCase(code)) {
      throw QboFault.business(
          "You can only use one foreign currency per transaction (deposit account in "
              + accountCurrency
              + ", transaction in "
              + code
              + ")");
    }
  }

  private void refuseForeign(String sent) {
    if (sent != null && !sent.equalsIgnoreCase(home())) {
      throw QboFault.business(
          "Multicurrency is not turned on for this company: every amount is in "
              + home()
              + ", not "
              + sent);
    }
  }

  private String home() {
    return settings.homeCurrency();
  }

  static ObjectNode ref(String code) {
    return Json.object().put("value", code).put("name", name(code));
  }

  static String name(String code) {
    return Currency.getInstance(code).getDisplayName(Locale.US);
  }

  /** An ISO 4217 code in upper case; 2500 for anything else. */
  static String iso(String code) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    try {
      Currency.getInstance(upper);
      return upper;
    } catch (IllegalArgumentException e) {
      throw QboFault.validation(
          "2500",
          "Invalid Reference Id",
          "Invalid Reference Id : " + code + " is not an ISO 4217 currency code");
    }
  }
}
