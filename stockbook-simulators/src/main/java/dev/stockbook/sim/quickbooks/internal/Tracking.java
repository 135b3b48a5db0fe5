package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.quickbooks.CompanySettings;

/**
 * Class and location tracking. {@code DepartmentRef} on a transaction is available when {@code
 * AccountingInfoPrefs.TrackDepartments} is on, {@code ClassRef} on a transaction when {@code
 * ClassTrackingPerTxn} is on and on a line when {@code ClassTrackingPerTxnLine} is on (SalesReceipt
 * and Purchase references). An available reference must name an active Class or Department (610,
 * like every reference); one sent while its preference is off is dropped, our reading of "available
 * if".
 */
final class Tracking {
  private Tracking() {}

  static void transaction(ObjectNode txn, Company company, CompanySettings settings) {
    ref(txn, "DepartmentRef", EntityKind.DEPARTMENT, settings.trackDepartments(), company);
    ref(txn, "ClassRef", EntityKind.CLASS, settings.classTrackingPerTxn(), company);
  }

  static void line(ObjectNode detail, Company company, CompanySettings settings) {
    ref(detail, "ClassRef", EntityKind.CLASS, settings.classTrackingPerTxnLine(), company);
  }

  private static void ref(
      ObjectNode node, String field, EntityKind kind, boolean available, Company company) {
    if (!node.has(field)) {
      return;
    }
    if (!available) {
      node.remove(field);
      return;
    }
    ObjectNode target = Refs.required(company, node, field, kind);
    ((ObjectNode) node.get(field)).put("name", Json.text(target, "Name"));
  }
}
