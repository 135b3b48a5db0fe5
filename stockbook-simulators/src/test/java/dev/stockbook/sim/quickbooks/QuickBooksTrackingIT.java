package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuickBooksTrackingIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @AfterEach
  void stop() {
    sim.close();
  }

  private void start(boolean tracking) {
    sim =
        QuickBooksSimulator.builder()
            .clock(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z")))
            .company(
                CompanySettings.builder()
                    .classTrackingPerTxnLine(tracking)
                    .trackDepartments(tracking)
                    .build())
            .start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  private Doc sale() {
    return Doc.sale().line(qbo.idOf("Item", "Name = 'redwine'"), "1", "12", "NON");
  }

  @Test
  void classes_and_departments_are_created_queried_and_named_under_their_parent() {
    start(true);
    String retail = qbo.idOf("Class", "Name = 'Retail'");

    JsonNode sub =
        qbo.post("class", "{\"Name\":\"Wine\",\"ParentRef\":{\"value\":\"" + retail + "\"}}")
            .json()
            .path("Class");
    Answer duplicate = qbo.post("department", "{\"Name\":\"online\"}");

    assertThat(sub.path("FullyQualifiedName").asText()).isEqualTo("Retail:Wine");
    assertThat(sub.path("SubClass").asBoolean()).isTrue();
    assertThat(qbo.query("select * from Department").json().at("/QueryResponse/Department"))
        .hasSize(2);
    assertThat(duplicate.faultCode()).isEqualTo("6240");
  }

  @Test
  void a_line_class_and_a_location_are_kept_with_their_names() {
    start(true);

    JsonNode sale =
        qbo.post(
                "salesreceipt",
                sale()
                    .lineClass(qbo.idOf("Class", "Name = 'Wholesale'"))
                    .ref("DepartmentRef", qbo.idOf("Department", "Name = 'Online'"))
                    .json())
            .json()
            .path("SalesReceipt");

    assertThat(sale.at("/Line/0/SalesItemLineDetail/ClassRef/name").asText())
        .isEqualTo("Wholesale");
    assertThat(sale.at("/DepartmentRef/name").asText()).isEqualTo("Online");
    assertThat(
            qbo.get("preferences")
                .json()
                .at("/Preferences/AccountingInfoPrefs/ClassTrackingPerTxnLine")
                .asBoolean())
        .isTrue();
  }

  @Test
  void an_unknown_class_is_rejected_with_610() {
    start(true);

    Answer answer = qbo.post("salesreceipt", sale().lineClass("9999").json());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.faultCode()).isEqualTo("610");
  }

  @Test
  void an_inactive_location_is_rejected_with_610() {
    start(true);
    String stall = qbo.idOf("Department", "Name = 'Market Stall'");
    qbo.post("department?operation=delete", "{\"Id\":\"" + stall + "\",\"SyncToken\":\"0\"}");

    Answer answer = qbo.post("salesreceipt", sale().ref("DepartmentRef", stall).json());

    assertThat(answer.faultCode()).isEqualTo("610");
  }

  @Test
  void without_tracking_a_class_or_location_sent_is_dropped() {
    start(false);

    JsonNode sale =
        qbo.post("salesreceipt", sale().lineClass("9999").ref("DepartmentRef", "9999").json())
            .json()
            .path("SalesReceipt");

    assertThat(sale.at("/Line/0/SalesItemLineDetail").has("ClassRef")).isFalse();
    assertThat(sale.has("DepartmentRef")).isFalse();
  }
}
