package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.quickbooks.CompanySettings;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.util.Map;

/**
 * The company's {@code Preferences} and {@code CompanyInfo} objects, built from its {@link
 * CompanySettings} (and the AllowShipping switch) each time they are read; both have {@code Id} "1"
 * and are read-only here. Field names from the Preferences reference and the SalesReceipt
 * reference's "available if" notes.
 */
final class CompanyProfile {
  private static final Map<String, String> COUNTRY_NAME =
      Map.of("US", "USA", "CA", "Canada", "GB", "United Kingdom", "AU", "Australia");

  private final CompanySettings settings;
  private final QuickBooksOptions options;
  private final String created;

  CompanyProfile(CompanySettings settings, QuickBooksOptions options, String created) {
    this.settings = settings;
    this.options = options;
    this.created = created;
  }

  ObjectNode read(EntityKind kind) {
    return kind == EntityKind.PREFERENCES ? preferences() : companyInfo();
  }

  private ObjectNode preferences() {
    ObjectNode prefs = Json.object();
    prefs
        .putObject("AccountingInfoPrefs")
        .put("TrackDepartments", settings.trackDepartments())
        .put("DepartmentTerminology", "Location")
        .put("ClassTrackingPerTxnLine", settings.classTrackingPerTxnLine())
        .put("ClassTrackingPerTxn", settings.classTrackingPerTxn())
        .put("CustomerTerminology", "Customers");
    prefs
        .putObject("ProductAndServicesPrefs")
        .put("ForSales", true)
        .put("ForPurchase", true)
        .put("QuantityWithPriceAndRate", true)
        .put("QuantityOnHand", true);
    prefs
        .putObject("SalesFormsPrefs")
        .put("AllowShipping", options.allowShipping())
        .put("AllowDiscount", true)
        .put("CustomTxnNumbers", true);
    ObjectNode tax = prefs.putObject("TaxPrefs").put("UsingSalesTax", true);
    if (settings.automatedSalesTax() != null) {
      tax.put("PartnerTaxEnabled", settings.automatedSalesTax());
    }
    ObjectNode currency = prefs.putObject("CurrencyPrefs");
    currency.put("MultiCurrencyEnabled", settings.multiCurrency());
    currency.set("HomeCurrency", Json.object().put("value", settings.homeCurrency()));
    return stamp(prefs);
  }

  private ObjectNode companyInfo() {
    ObjectNode info =
        Json.object()
            .put("CompanyName", settings.companyName())
            .put("LegalName", settings.companyName())
            .put("Country", settings.country());
    info.putObject("CompanyAddr").put("Country", COUNTRY_NAME.get(settings.country()));
    info.putObject("LegalAddr").put("Country", COUNTRY_NAME.get(settings.country()));
    return stamp(info);
  }

  private ObjectNode stamp(ObjectNode entity) {
    entity.put("Id", "1").put("SyncToken", "0").put("domain", "QBO").put("sparse", false);
    entity.putObject("MetaData").put("CreateTime", created).put("LastUpdatedTime", created);
    return entity;
  }
}
