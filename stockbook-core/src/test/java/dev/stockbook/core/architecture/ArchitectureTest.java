package dev.stockbook.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.store.StoreConnector;
import java.net.URISyntaxException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one-way dependencies of docs/architecture.md, enforced: store-api <- core <- adapters. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    // Only where the core and store-api classes live (a folder or a jar): scanning the whole
    // classpath for the two packages costs seconds.
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location ->
                    location.contains("/dev/stockbook/core/")
                        || location.contains("/dev/stockbook/store/"))
            .importLocations(
                Set.of(locationOf(SyncEngine.class), locationOf(StoreConnector.class)));
  }

  private static Location locationOf(Class<?> type) {
    try {
      return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_core_uses_no_http_sql_json_or_adapter_code() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.net.http..",
            "java.sql..",
            "com.fasterxml..",
            "org.jdbi..",
            "dev.stockbook.quickbooks..",
            "dev.stockbook.state..",
            "dev.stockbook.app..")
        .check(classes);
  }

  @Test
  void the_core_knows_no_store_connector_only_the_store_contract() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.core..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a Stockbook class outside core and the store contract",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().startsWith("dev.stockbook.")
                        && !c.getPackageName().startsWith("dev.stockbook.core")
                        && !c.getPackageName().startsWith("dev.stockbook.store")))
        .check(classes);
  }

  @Test
  void both_modules_were_imported() {
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.stockbook.core.engine"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.stockbook.store"))
        .isTrue();
  }

  @Test
  void the_store_contract_does_not_know_the_core() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.stockbook.core..")
        .check(classes);
  }

  @Test
  void the_ports_do_not_depend_on_the_engine() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.stockbook.core.books..", "dev.stockbook.core.state..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.stockbook.core.engine..")
        .check(classes);
  }
}
