package dev.stockbook.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled main classes of every
 * module.
 */
class ModuleBoundariesIT {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location -> location.contains("stockbook-") && !location.contains("-tests.jar"))
            .importPackages("dev.stockbook");
  }

  @Test
  void a_store_connector_sees_only_the_store_api() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.woocommerce..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stockbook.core..",
            "dev.stockbook.quickbooks..",
            "dev.stockbook.state..",
            "dev.stockbook.app..",
            "dev.stockbook.sim..")
        .check(classes);
  }

  @Test
  void the_core_knows_no_adapter_http_sql_or_framework() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stockbook.quickbooks..",
            "dev.stockbook.woocommerce..",
            "dev.stockbook.state..",
            "dev.stockbook.app..",
            "dev.stockbook.sim..",
            "java.net.http..",
            "java.sql..",
            "com.fasterxml..",
            "org.jdbi..",
            "io.javalin..")
        .check(classes);
  }

  @Test
  void adapters_do_not_know_each_other_or_the_app() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.quickbooks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stockbook.woocommerce..",
            "dev.stockbook.state..",
            "dev.stockbook.app..",
            "dev.stockbook.sim..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.state..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stockbook.woocommerce..",
            "dev.stockbook.quickbooks..",
            "dev.stockbook.app..",
            "dev.stockbook.sim..")
        .check(classes);
  }

  @Test
  void the_simulators_depend_on_nothing_of_ours() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stockbook.store..",
            "dev.stockbook.core..",
            "dev.stockbook.quickbooks..",
            "dev.stockbook.woocommerce..",
            "dev.stockbook.state..",
            "dev.stockbook.app..")
        .check(classes);
  }
}
