package id.jht.portal.infrastructure.demo;

/**
 * The name tables of {@link NamingCulture}, read once from {@code demo/naming-cultures.properties}.
 * A holder of its own, so that the enum's constructors can read it while the enum initialises.
 */
final class NamingTables {

  private static final DemoResource TABLES =
      DemoResource.properties("demo/naming-cultures.properties");

  private NamingTables() {}

  static DemoResource.Table of(String culture) {
    return TABLES.table(culture);
  }
}
