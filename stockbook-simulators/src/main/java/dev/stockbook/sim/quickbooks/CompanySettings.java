package dev.stockbook.sim.quickbooks;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the simulated company is set up: its country (which picks the sales-tax model), home
 * currency, multicurrency, automated sales tax and the class and location (department) tracking
 * preferences. Fixed for the simulator's life, as in QuickBooks, where the region of a company
 * cannot change and multicurrency cannot be turned off once on. The default is the US company the
 * simulator always was: manual sales tax, one currency, no class or location tracking.
 */
public final class CompanySettings {
  /** The non-US regions whose tax model the simulator knows (SalesReceipt reference: locales). */
  public static final Set<String> COUNTRIES = Set.of("US", "CA", "GB", "AU");

  private static final Map<String, String> HOME = Map.of("US", "USD", "CA", "CAD", "GB", "GBP");

  private final String country;
  private final String homeCurrency;
  private final String companyName;
  private final boolean multiCurrency;
  private final Boolean automatedSalesTax;
  private final boolean classTrackingPerTxn;
  private final boolean classTrackingPerTxnLine;
  private final boolean trackDepartments;

  private CompanySettings(Builder b) {
    country = b.country;
    homeCurrency = b.homeCurrency != null ? b.homeCurrency : HOME.getOrDefault(country, "AUD");
    companyName = b.companyName;
    multiCurrency = b.multiCurrency;
    automatedSalesTax = b.automatedSalesTax;
    classTrackingPerTxn = b.classTrackingPerTxn;
    classTrackingPerTxnLine = b.classTrackingPerTxnLine;
    trackDepartments = b.trackDepartments;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The default: a US company with manual sales tax and nothing else switched on. */
  public static CompanySettings us() {
    return builder().build();
  }

  /** {@code "US"}, {@code "CA"}, {@code "GB"} or {@code "AU"} ({@code CompanyInfo.Country}). */
  public String country() {
    return country;
  }

  public boolean usTaxModel() {
    return "US".equals(country);
  }

  /** ISO 4217 code ({@code Preferences.CurrencyPrefs.HomeCurrency}). */
  public String homeCurrency() {
    return homeCurrency;
  }

  public String companyName() {
    return companyName;
  }

  public boolean multiCurrency() {
    return multiCurrency;
  }

  /**
   * {@code Preferences.TaxPrefs.PartnerTaxEnabled}: {@code null} leaves the flag out (a company
   * that predates automated sales tax, or a non-US one), true or false is sent as is.
   */
  public Boolean automatedSalesTax() {
    return automatedSalesTax;
  }

  public boolean classTrackingPerTxn() {
    return classTrackingPerTxn;
  }

  public boolean classTrackingPerTxnLine() {
    return classTrackingPerTxnLine;
  }

  public boolean trackDepartments() {
    return trackDepartments;
  }

  /** Every option has a default; {@link #build} checks them together. */
  public static final class Builder {
    private String country = "US";
    private String homeCurrency;
    private String companyName = "Stockbook Demo Company";
    private boolean multiCurrency;
    private Boolean automatedSalesTax;
    private boolean classTrackingPerTxn;
    private boolean classTrackingPerTxnLine;
    private boolean trackDepartments;

    private Builder() {}

    public Builder country(String country) {
      this.country = country.toUpperCase(Locale.ROOT);
      return this;
    }

    /** Defaults to the country's currency (USD, CAD, GBP, AUD). */
    public Builder homeCurrency(String code) {
      this.homeCurrency = code.toUpperCase(Locale.ROOT);
      return this;
    }

    public Builder companyName(String name) {
      this.companyName = Objects.requireNonNull(name);
      return this;
    }

    public Builder multiCurrency(boolean on) {
      this.multiCurrency = on;
      return this;
    }

    /** US only: the automated sales tax engine is on (true), set up but off (false). */
    public Builder automatedSalesTax(Boolean on) {
      this.automatedSalesTax = on;
      return this;
    }

    public Builder classTrackingPerTxn(boolean on) {
      this.classTrackingPerTxn = on;
      return this;
    }

    public Builder classTrackingPerTxnLine(boolean on) {
      this.classTrackingPerTxnLine = on;
      return this;
    }

    public Builder trackDepartments(boolean on) {
      this.trackDepartments = on;
      return this;
    }

    public CompanySettings build() {
      if (!COUNTRIES.contains(country)) {
        throw new IllegalArgumentException(
            "country " + country + " is not one of " + COUNTRIES + " (the tax models modelled)");
      }
      if (automatedSalesTax != null && !"US".equals(country)) {
        throw new IllegalArgumentException(
            "automated sales tax (PartnerTaxEnabled) exists for US companies only, not " + country);
      }
      if (homeCurrency != null && homeCurrency.length() != 3) {
        throw new IllegalArgumentException(
            "home currency must be an ISO 4217 code: " + homeCurrency);
      }
      return new CompanySettings(this);
    }
  }
}
