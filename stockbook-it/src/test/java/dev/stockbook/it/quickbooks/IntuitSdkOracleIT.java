package dev.stockbook.it.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.intuit.ipp.core.Context;
import com.intuit.ipp.core.IEntity;
import com.intuit.ipp.core.ServiceType;
import com.intuit.ipp.data.Account;
import com.intuit.ipp.data.AccountTypeEnum;
import com.intuit.ipp.data.CompanyInfo;
import com.intuit.ipp.data.CreditMemo;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.Department;
import com.intuit.ipp.data.EntityStatusEnum;
import com.intuit.ipp.data.GlobalTaxCalculationEnum;
import com.intuit.ipp.data.GroupLineDetail;
import com.intuit.ipp.data.InventoryAdjustment;
import com.intuit.ipp.data.Item;
import com.intuit.ipp.data.ItemAdjustmentLineDetail;
import com.intuit.ipp.data.ItemComponentLine;
import com.intuit.ipp.data.ItemGroupDetail;
import com.intuit.ipp.data.ItemTypeEnum;
import com.intuit.ipp.data.Line;
import com.intuit.ipp.data.LineDetailTypeEnum;
import com.intuit.ipp.data.OperationEnum;
import com.intuit.ipp.data.Preferences;
import com.intuit.ipp.data.ReferenceType;
import com.intuit.ipp.data.RefundReceipt;
import com.intuit.ipp.data.SalesItemLineDetail;
import com.intuit.ipp.data.SalesReceipt;
import com.intuit.ipp.data.TaxCode;
import com.intuit.ipp.data.TaxRate;
import com.intuit.ipp.exception.FMSException;
import com.intuit.ipp.security.OAuth2Authorizer;
import com.intuit.ipp.services.BatchOperation;
import com.intuit.ipp.services.CDCQueryResult;
import com.intuit.ipp.services.DataService;
import com.intuit.ipp.services.QueryResult;
import com.intuit.ipp.util.Config;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.CompanySettings;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intuit's own Java SDK (6.4.2) as an independent oracle: if it can drive the simulator and parse
 * every answer, the simulator's wire shapes match what Intuit's client expects.
 */
class IntuitSdkOracleIT {
  static {
    // The SDK logs every request and body at DEBUG; keep the build output readable.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.intuit"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.tngtech"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
  }

  private SimClock clock;
  private QuickBooksSimulator sim;
  private Context context;
  private DataService qbo;

  @BeforeEach
  void start() throws FMSException {
    start(CompanySettings.us());
  }

  /** (Re)starts the simulator for a company set up as {@code company}. */
  private void start(CompanySettings company) throws FMSException {
    if (sim != null) {
      sim.close();
    }
    clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    sim = QuickBooksSimulator.builder().clock(clock).company(company).start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    // Config is ThreadLocal: these apply to this (the test's) thread only.
    Config.setProperty(Config.BASE_URL_QBO, sim.baseUrl().toString());
    Config.setProperty(Config.HTTP_TRANSPORT, "HTTP_URL_CONNECTION");
    context =
        new Context(
            new OAuth2Authorizer(sim.issueTokens().accessToken()), ServiceType.QBO, sim.realmId());
    qbo = new DataService(context);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @SuppressWarnings("unchecked")
  private <T extends IEntity> List<T> query(String statement) throws FMSException {
    return (List<T>) qbo.executeQuery(statement).getEntities();
  }

  private Item item(String name) throws FMSException {
    return this.<Item>query("select * from Item where Name = '" + name + "'").get(0);
  }

  private BigDecimal onHand(String name) throws FMSException {
    return item(name).getQtyOnHand();
  }

  private static ReferenceType ref(String value) {
    ReferenceType ref = new ReferenceType();
    ref.setValue(value);
    return ref;
  }

  private static Line saleLine(Item item, int qty) {
    SalesItemLineDetail detail = new SalesItemLineDetail();
    detail.setItemRef(ref(item.getId()));
    detail.setQty(BigDecimal.valueOf(qty));
    detail.setUnitPrice(item.getUnitPrice());
    detail.setTaxCodeRef(ref("NON"));
    Line line = new Line();
    line.setDetailType(LineDetailTypeEnum.SALES_ITEM_LINE_DETAIL);
    line.setAmount(item.getUnitPrice().multiply(BigDecimal.valueOf(qty)));
    line.setSalesItemLineDetail(detail);
    return line;
  }

  @Test
  void accounts_items_and_customers_are_created_and_queried() throws FMSException {
    Account account = new Account();
    account.setName("Gift Card Liability");
    account.setAccountType(AccountTypeEnum.OTHER_CURRENT_LIABILITY);
    Item item = new Item();
    item.setName("Decanter");
    item.setType(ItemTypeEnum.NON_INVENTORY);
    item.setUnitPrice(new BigDecimal("25.00"));
    Customer customer = new Customer();
    customer.setDisplayName("Oracle Buyer");

    Account savedAccount = qbo.add(account);
    Item savedItem = qbo.add(item);
    Customer savedCustomer = qbo.add(customer);

    assertThat(savedAccount.getId()).isNotBlank();
    assertThat(savedItem.getSyncToken()).isEqualTo("0");
    assertThat(savedItem.getMetaData().getCreateTime()).isNotNull();
    assertThat(savedCustomer.getDisplayName()).isEqualTo("Oracle Buyer");
    assertThat(this.<Account>query("select * from Account where Name = 'Gift Card Liability'"))
        .hasSize(1);
    assertThat(qbo.findById(savedItem).getName()).isEqualTo("Decanter");
    assertThat(this.<Customer>query("select * from Customer"))
        .extracting(Customer::getDisplayName)
        .contains("Web Store", "Oracle Buyer");
  }

  @Test
  void sales_refunds_credit_memos_and_adjustments_move_qty_on_hand_and_a_void_restores_it()
      throws FMSException {
    Item red = item("redwine");
    SalesReceipt sale = new SalesReceipt();
    sale.setDocNumber("WEB-1");
    sale.setLine(List.of(saleLine(red, 4)));
    SalesReceipt savedSale = qbo.add(sale);
    assertThat(savedSale.getTotalAmt()).isEqualByComparingTo("48.00");
    assertThat(onHand("redwine")).isEqualByComparingTo("16");

    RefundReceipt refund = new RefundReceipt();
    refund.setDepositToAccountRef(
        ref(this.<Account>query("select * from Account where Name = 'Checking'").get(0).getId()));
    refund.setLine(List.of(saleLine(red, 1)));
    qbo.add(refund);
    CreditMemo memo = new CreditMemo();
    memo.setCustomerRef(
        ref(
            this.<Customer>query("select * from Customer where DisplayName = 'Web Store'")
                .get(0)
                .getId()));
    memo.setLine(List.of(saleLine(red, 2)));
    qbo.add(memo);
    assertThat(onHand("redwine")).isEqualByComparingTo("19");

    qbo.add(adjustment(red, -5));
    assertThat(onHand("redwine")).isEqualByComparingTo("14");

    SalesReceipt voided = qbo.voidRequest(savedSale);
    assertThat(voided.getTotalAmt()).isEqualByComparingTo("0");
    assertThat(onHand("redwine")).isEqualByComparingTo("18");
  }

  private InventoryAdjustment adjustment(Item item, int qtyDiff) throws FMSException {
    ItemAdjustmentLineDetail detail = new ItemAdjustmentLineDetail();
    detail.setItemRef(ref(item.getId()));
    detail.setQtyDiff(BigDecimal.valueOf(qtyDiff));
    Line line = new Line();
    line.setDetailType(LineDetailTypeEnum.ITEM_ADJUSTMENT_LINE_DETAIL);
    line.setItemAdjustmentLineDetail(detail);
    InventoryAdjustment adjustment = new InventoryAdjustment();
    adjustment.setAdjustAccountRef(
        ref(
            this.<Account>query("select * from Account where Name = 'Cost of Goods Sold'")
                .get(0)
                .getId()));
    adjustment.setLine(List.of(line));
    return adjustment;
  }

  @Test
  void a_stale_sync_token_is_rejected_with_5010_and_a_sparse_update_keeps_other_fields()
      throws FMSException {
    Item gift = item("giftwrap");
    Item sparse = new Item();
    sparse.setId(gift.getId());
    sparse.setSyncToken(gift.getSyncToken());
    sparse.setSparse(true);
    sparse.setDescription("Wrapped in kraft paper");

    Item updated = qbo.update(sparse);
    FMSException stale = catchThrowableOfType(FMSException.class, () -> qbo.update(sparse));

    assertThat(updated.getSyncToken()).isEqualTo("1");
    assertThat(updated.getType()).isEqualTo(ItemTypeEnum.NON_INVENTORY);
    assertThat(updated.getUnitPrice()).isEqualByComparingTo("3.00");
    assertThat(stale.getErrorList().get(0).getCode()).isEqualTo("5010");
  }

  @Test
  void queries_page_with_startposition_and_maxresults_and_count_totals() throws FMSException {
    QueryResult page =
        qbo.executeQuery("select * from Item orderby Name startposition 2 maxresults 3");
    QueryResult count = qbo.executeQuery("select count(*) from Item");

    assertThat(page.getEntities()).extracting(e -> ((Item) e).getName()).hasSize(3);
    assertThat(page.getStartPosition()).isEqualTo(2);
    assertThat(count.getTotalCount()).isEqualTo(6);
  }

  @Test
  void cdc_returns_changed_and_deleted_objects() throws FMSException {
    clock.advance(Duration.ofMinutes(10));
    SalesReceipt sale = new SalesReceipt();
    sale.setLine(List.of(saleLine(item("whitewine"), 1)));
    SalesReceipt saved = qbo.add(sale);
    qbo.delete(saved);
    Customer customer = new Customer();
    customer.setDisplayName("Changed Later");
    qbo.add(customer);

    List<CDCQueryResult> cdc =
        qbo.executeCDCQuery(
            List.of(new SalesReceipt(), new Customer()), "2026-03-01T04:05:00-08:00");

    QueryResult receipts = cdc.get(0).getQueryResults().get("SalesReceipt");
    QueryResult customers = cdc.get(0).getQueryResults().get("Customer");
    assertThat(((SalesReceipt) receipts.getEntities().get(0)).getStatus())
        .isEqualTo(EntityStatusEnum.DELETED);
    assertThat(customers.getEntities())
        .extracting(e -> ((Customer) e).getDisplayName())
        .containsExactly("Changed Later");
  }

  @Test
  void a_batch_with_one_failing_item_answers_the_others() throws FMSException {
    Customer good = new Customer();
    good.setDisplayName("Batch Good");
    Customer duplicate = new Customer();
    duplicate.setDisplayName("Web Store");
    BatchOperation batch = new BatchOperation();
    batch.addEntity(good, OperationEnum.CREATE, "b1");
    batch.addEntity(duplicate, OperationEnum.CREATE, "b2");
    batch.addQuery("select * from Item where Name = 'redwine'", "b3");

    qbo.executeBatch(batch);

    assertThat(((Customer) batch.getEntity("b1")).getDisplayName()).isEqualTo("Batch Good");
    assertThat(batch.isFault("b2")).isTrue();
    assertThat(batch.getFault("b2").getError().get(0).getCode()).isEqualTo("6240");
    assertThat(batch.getQueryResponse("b3").getEntities()).hasSize(1);
  }

  @Test
  void a_request_id_retry_returns_the_same_object_without_a_duplicate() throws FMSException {
    Customer customer = new Customer();
    customer.setDisplayName("Once Only");

    context.setRequestID("oracle-retry-1");
    Customer first = qbo.add(customer);
    context.setRequestID("oracle-retry-1");
    Customer retried = qbo.add(customer);

    assertThat(retried.getId()).isEqualTo(first.getId());
    assertThat(this.<Customer>query("select * from Customer where DisplayName = 'Once Only'"))
        .hasSize(1);
  }

  private <T extends IEntity> T first(String statement) throws FMSException {
    return this.<T>query(statement).get(0);
  }

  private static Line taxedLine(Item item, String qty, String taxCodeId) {
    Line line = saleLine(item, Integer.parseInt(qty));
    line.getSalesItemLineDetail().setTaxCodeRef(ref(taxCodeId));
    return line;
  }

  @Test
  void a_canadian_company_is_read_through_preferences_company_info_tax_codes_and_rates()
      throws FMSException {
    start(CompanySettings.builder().country("CA").build());

    Preferences prefs = first("select * from Preferences");
    CompanyInfo info = qbo.findById(companyInfo(sim.realmId()));
    TaxCode hst = first("select * from TaxCode where Name = 'HST ON'");
    TaxRate rate =
        qbo.findById(
            taxRate(
                hst.getSalesTaxRateList().getTaxRateDetail().get(0).getTaxRateRef().getValue()));

    assertThat(prefs.getCurrencyPrefs().getHomeCurrency().getValue()).isEqualTo("CAD");
    assertThat(prefs.getTaxPrefs().isUsingSalesTax()).isTrue();
    assertThat(prefs.getTaxPrefs().isPartnerTaxEnabled()).isNull();
    assertThat(info.getCountry()).isEqualTo("CA");
    assertThat(hst.isTaxGroup()).isTrue();
    assertThat(rate.getRateValue()).isEqualByComparingTo("13");
  }

  private static CompanyInfo companyInfo(String id) {
    CompanyInfo info = new CompanyInfo();
    info.setId(id);
    return info;
  }

  private static TaxRate taxRate(String id) {
    TaxRate rate = new TaxRate();
    rate.setId(id);
    return rate;
  }

  @Test
  void a_tax_inclusive_canadian_receipt_comes_back_net_with_its_tax_lines() throws FMSException {
    start(CompanySettings.builder().country("CA").build());
    TaxCode hst = first("select * from TaxCode where Name = 'HST ON'");
    SalesReceipt sale = new SalesReceipt();
    sale.setGlobalTaxCalculation(GlobalTaxCalculationEnum.TAX_INCLUSIVE);
    sale.setLine(List.of(taxedLine(item("redwine"), "2", hst.getId())));

    SalesReceipt saved = qbo.add(sale);
    FMSException untaxed =
        catchThrowableOfType(
            FMSException.class,
            () -> {
              SalesReceipt bare = new SalesReceipt();
              bare.setLine(List.of(saleLine(item("redwine"), 1)));
              bare.getLine().get(0).getSalesItemLineDetail().setTaxCodeRef(null);
              qbo.add(bare);
            });

    Line taxLine = saved.getTxnTaxDetail().getTaxLine().get(0);
    assertThat(saved.getTotalAmt()).isEqualByComparingTo("24.00");
    assertThat(saved.getLine().get(0).getAmount()).isEqualByComparingTo("21.24");
    assertThat(saved.getLine().get(0).getSalesItemLineDetail().getTaxInclusiveAmt())
        .isEqualByComparingTo("24.00");
    assertThat(saved.getTxnTaxDetail().getTotalTax()).isEqualByComparingTo("2.76");
    assertThat(taxLine.getTaxLineDetail().getNetAmountTaxable()).isEqualByComparingTo("21.24");
    assertThat(taxLine.getTaxLineDetail().getTaxPercent()).isEqualByComparingTo("13");
    assertThat(untaxed.getErrorList().get(0).getCode()).isEqualTo("6000");
  }

  @Test
  void us_automated_sales_tax_is_read_from_preferences_and_the_transaction() throws FMSException {
    start(CompanySettings.builder().automatedSalesTax(true).build());
    SalesReceipt sale = new SalesReceipt();
    Line line = saleLine(item("redwine"), 1);
    line.getSalesItemLineDetail().setTaxCodeRef(ref("TAX"));
    sale.setLine(List.of(line));

    SalesReceipt saved = qbo.add(sale);
    Preferences prefs = first("select * from Preferences");

    assertThat(prefs.getTaxPrefs().isPartnerTaxEnabled()).isTrue();
    assertThat(saved.getTxnTaxDetail().getTxnTaxCodeRef().getName()).isEqualTo("California");
    assertThat(saved.getTxnTaxDetail().getTotalTax()).isEqualByComparingTo("0.96");
    assertThat(saved.getTotalAmt()).isEqualByComparingTo("12.96");
  }

  @Test
  void classes_and_locations_are_written_and_used_on_a_receipt() throws FMSException {
    start(CompanySettings.builder().classTrackingPerTxnLine(true).trackDepartments(true).build());
    com.intuit.ipp.data.Class wine = new com.intuit.ipp.data.Class();
    wine.setName("Wine Club");
    Department stall = new Department();
    stall.setName("Farmers Market");

    com.intuit.ipp.data.Class savedClass = qbo.add(wine);
    Department savedDepartment = qbo.add(stall);
    SalesReceipt sale = new SalesReceipt();
    Line line = saleLine(item("redwine"), 1);
    line.getSalesItemLineDetail().setClassRef(ref(savedClass.getId()));
    sale.setLine(List.of(line));
    sale.setDepartmentRef(ref(savedDepartment.getId()));
    SalesReceipt saved = qbo.add(sale);
    Preferences prefs = first("select * from Preferences");

    assertThat(savedClass.getFullyQualifiedName()).isEqualTo("Wine Club");
    assertThat(this.<Department>query("select * from Department")).hasSize(3);
    assertThat(saved.getLine().get(0).getSalesItemLineDetail().getClassRef().getName())
        .isEqualTo("Wine Club");
    assertThat(saved.getDepartmentRef().getName()).isEqualTo("Farmers Market");
    assertThat(prefs.getAccountingInfoPrefs().isClassTrackingPerTxnLine()).isTrue();
    assertThat(prefs.getAccountingInfoPrefs().isTrackDepartments()).isTrue();
  }

  @Test
  void a_group_item_is_created_and_sold_and_its_components_lose_stock() throws FMSException {
    Item group = new Item();
    group.setName("Wine Duo");
    group.setType(ItemTypeEnum.GROUP);
    ItemGroupDetail detail = new ItemGroupDetail();
    detail.setItemGroupLine(
        List.of(component(item("redwine"), 1), component(item("whitewine"), 2)));
    group.setItemGroupDetail(detail);

    Item saved = qbo.add(group);
    GroupLineDetail groupLine = new GroupLineDetail();
    groupLine.setGroupItemRef(ref(saved.getId()));
    groupLine.setQuantity(BigDecimal.ONE);
    Line line = new Line();
    line.setDetailType(LineDetailTypeEnum.GROUP_LINE_DETAIL);
    line.setGroupLineDetail(groupLine);
    SalesReceipt sale = new SalesReceipt();
    sale.setLine(List.of(line));
    SalesReceipt sold = qbo.add(sale);

    assertThat(saved.getItemGroupDetail().getItemGroupLine()).hasSize(2);
    assertThat(saved.getQtyOnHand()).isNull();
    assertThat(sold.getLine().get(0).getGroupLineDetail().getLine()).hasSize(2);
    assertThat(sold.getTotalAmt()).isEqualByComparingTo("32.00");
    assertThat(onHand("redwine")).isEqualByComparingTo("19");
    assertThat(onHand("whitewine")).isEqualByComparingTo("33");
  }

  /** Issue #16: what Stockbook sends a non-US company, read back through the SDK. */
  @Test
  void a_tax_excluded_canadian_receipt_keeps_the_total_tax_sent_with_a_code_on_every_line()
      throws FMSException {
    start(CompanySettings.builder().country("CA").build());
    TaxCode hst = first("select * from TaxCode where Name = 'HST ON'");
    TaxCode zero = first("select * from TaxCode where Name = 'Zero-rated'");
    SalesReceipt sale = new SalesReceipt();
    sale.setGlobalTaxCalculation(GlobalTaxCalculationEnum.TAX_EXCLUDED);
    sale.setLine(
        List.of(
            taxedLine(item("redwine"), "3", hst.getId()),
            taxedLine(item("whitewine"), "1", zero.getId())));
    com.intuit.ipp.data.TxnTaxDetail tax = new com.intuit.ipp.data.TxnTaxDetail();
    tax.setTotalTax(new BigDecimal("4.69")); // the store's tax, a cent off QuickBooks' 4.68
    sale.setTxnTaxDetail(tax);

    SalesReceipt saved = qbo.add(sale);

    assertThat(saved.getTxnTaxDetail().getTotalTax()).isEqualByComparingTo("4.69");
    assertThat(saved.getTotalAmt()).isEqualByComparingTo("50.69");
    assertThat(saved.getLine().get(1).getSalesItemLineDetail().getTaxCodeRef().getValue())
        .isEqualTo(zero.getId());
  }

  /** Issue #16: a bundle sold at the store's price, its components sent with their share. */
  @Test
  void a_group_line_with_its_components_sent_keeps_their_amounts_and_moves_their_stock()
      throws FMSException {
    Item group = new Item();
    group.setName("Wine Duo");
    group.setType(ItemTypeEnum.GROUP);
    ItemGroupDetail detail = new ItemGroupDetail();
    detail.setItemGroupLine(
        List.of(component(item("redwine"), 1), component(item("whitewine"), 2)));
    group.setItemGroupDetail(detail);
    Item saved = qbo.add(group);
    GroupLineDetail groupLine = new GroupLineDetail();
    groupLine.setGroupItemRef(ref(saved.getId()));
    groupLine.setQuantity(new BigDecimal("2"));
    groupLine.setLine(
        List.of(priced(item("redwine"), 2, "10.50"), priced(item("whitewine"), 4, "4.74")));
    Line line = new Line();
    line.setDetailType(LineDetailTypeEnum.GROUP_LINE_DETAIL);
    line.setGroupLineDetail(groupLine);
    SalesReceipt sale = new SalesReceipt();
    sale.setLine(List.of(line));

    SalesReceipt sold = qbo.add(sale);

    assertThat(sold.getTotalAmt()).isEqualByComparingTo("39.96");
    assertThat(sold.getLine().get(0).getAmount()).isEqualByComparingTo("39.96");
    assertThat(onHand("redwine")).isEqualByComparingTo("18");
    assertThat(onHand("whitewine")).isEqualByComparingTo("31");
  }

  /** Issue #16: a daily summary's refunded units are lines of negative quantity. */
  @Test
  void a_sales_receipt_line_of_negative_quantity_puts_units_back_in_stock() throws FMSException {
    SalesReceipt sale = new SalesReceipt();
    sale.setLine(List.of(saleLine(item("redwine"), 3), saleLine(item("redwine"), -1)));

    SalesReceipt saved = qbo.add(sale);

    assertThat(saved.getTotalAmt()).isEqualByComparingTo("24.00");
    assertThat(onHand("redwine")).isEqualByComparingTo("18");
  }

  private static Line priced(Item item, int qty, String unitPrice) {
    Line line = saleLine(item, qty);
    line.getSalesItemLineDetail().setUnitPrice(new BigDecimal(unitPrice));
    line.setAmount(new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(qty)));
    return line;
  }

  private static ItemComponentLine component(Item item, int qty) {
    ItemComponentLine line = new ItemComponentLine();
    line.setItemRef(ref(item.getId()));
    line.setQty(BigDecimal.valueOf(qty));
    return line;
  }

  @Test
  void a_foreign_currency_receipt_carries_its_rate_and_home_total() throws FMSException {
    start(CompanySettings.builder().multiCurrency(true).build());
    Customer euro = first("select * from Customer where DisplayName = 'Euro Web Store'");
    SalesReceipt sale = new SalesReceipt();
    sale.setCustomerRef(ref(euro.getId()));
    sale.setCurrencyRef(ref("EUR"));
    sale.setLine(List.of(saleLine(item("redwine"), 1)));

    SalesReceipt saved = qbo.add(sale);
    Customer change = new Customer();
    change.setId(euro.getId());
    change.setSyncToken(euro.getSyncToken());
    change.setSparse(true);
    change.setCurrencyRef(ref("USD"));
    FMSException refused = catchThrowableOfType(FMSException.class, () -> qbo.update(change));

    assertThat(euro.getCurrencyRef().getValue()).isEqualTo("EUR");
    assertThat(saved.getCurrencyRef().getValue()).isEqualTo("EUR");
    assertThat(saved.getExchangeRate()).isEqualByComparingTo("1.10");
    assertThat(saved.getHomeTotalAmt()).isEqualByComparingTo("13.20");
    assertThat(refused.getErrorList().get(0).getCode()).isEqualTo("6000");
  }
}
