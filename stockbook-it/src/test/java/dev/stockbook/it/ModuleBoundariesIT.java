package dev.stockbook.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreConnectors;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled main classes of every
 * module. Store connectors are found the way the app finds them (ServiceLoader), so a new connector
 * module is held to the same rules without being named here.
 */
class ModuleBoundariesIT {
  private static JavaClasses classes;
  private static List<String> connectorPackages;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location -> location.contains("stockbook-") && !location.contains("-tests.jar"))
            .importPackages("dev.stockbook");
    connectorPackages =
        StoreConnectors.installed().all().stream()
            .map(StoreConnectorFactory::getClass)
            .map(Class::getPackageName)
            .toList();
  }

  /** Stockbook classes outside {@code allowed} packages (and outside the JDK and libraries). */
  private static DescribedPredicate<JavaClass> stockbookOutside(String... allowed) {
    return DescribedPredicate.describe(
        "Stockbook classes outside " + String.join(", ", allowed),
        c ->
            c.getPackageName().startsWith("dev.stockbook.")
                && List.of(allowed).stream().noneMatch(a -> c.getPackageName().startsWith(a)));
  }

  @Test
  void every_installed_store_connector_is_checked() {
    assertThat(connectorPackages).contains("dev.stockbook.woocommerce");
  }

  @Test
  void a_store_connector_sees_only_the_store_api() {
    for (String connector : connectorPackages) {
      noClasses()
          .that()
          .resideInAPackage(connector + "..")
          .should()
          .dependOnClassesThat(stockbookOutside("dev.stockbook.store", connector))
          .check(classes);
    }
  }

  @Test
  void the_production_program_knows_no_connector_and_no_simulator() {
    for (String connector : connectorPackages) {
      noClasses()
          .that()
          .resideInAnyPackage("dev.stockbook.core..", "dev.stockbook.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(connector + "..")
          .check(classes);
    }
    noClasses()
        .that()
        .resideInAnyPackage("dev.stockbook.core..", "dev.stockbook.app..", "dev.stockbook.state..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.stockbook.sim..", "dev.stockbook.demo..", "dev.stockbook.bench..")
        .check(classes);
  }

  @Test
  void the_core_knows_no_adapter_http_sql_or_framework() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.core..")
        .should()
        .dependOnClassesThat(stockbookOutside("dev.stockbook.core", "dev.stockbook.store"))
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.net.http..", "java.sql..", "com.fasterxml..", "org.jdbi..", "io.javalin..")
        .check(classes);
  }

  @Test
  void adapters_do_not_know_each_other_or_the_app() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.quickbooks..")
        .should()
        .dependOnClassesThat(
            stockbookOutside(
                "dev.stockbook.quickbooks", "dev.stockbook.core", "dev.stockbook.store"))
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.state..")
        .should()
        .dependOnClassesThat(
            stockbookOutside("dev.stockbook.state", "dev.stockbook.core", "dev.stockbook.store"))
        .check(classes);
  }

  @Test
  void the_simulators_depend_on_nothing_of_ours() {
    noClasses()
        .that()
        .resideInAPackage("dev.stockbook.sim..")
        .should()
        .dependOnClassesThat(stockbookOutside("dev.stockbook.sim"))
        .check(classes);
  }
}
