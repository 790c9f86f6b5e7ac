package id.jht.portal.infrastructure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * A data file of the demo generator on the class path, as properties in UTF-8 whose keys are {@code
 * table.field}. A missing file or a missing field stops the generator at once: demo data silently
 * short of a table would be worse than none.
 */
final class DemoResource {

  private final String name;
  private final Properties values;

  private DemoResource(String name, Properties values) {
    this.name = name;
    this.values = values;
  }

  static DemoResource properties(String name) {
    try (InputStream in = DemoResource.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Demo data file missing from the class path: " + name);
      }
      Properties values = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        values.load(reader);
      }
      return new DemoResource(name, values);
    } catch (IOException e) {
      throw new UncheckedIOException("Demo data file unreadable: " + name, e);
    }
  }

  Table table(String table) {
    return new Table(table);
  }

  /** The fields of one table. */
  final class Table {

    private final String table;

    private Table(String table) {
      this.table = table;
    }

    String text(String field) {
      String value = optionalText(field);
      if (value == null) {
        throw new IllegalStateException("No " + table + "." + field + " in " + name);
      }
      return value;
    }

    /** The field's text, or null when the file does not have it. */
    String optionalText(String field) {
      return values.getProperty(table + "." + field);
    }

    /** A comma-separated list; an empty field is an empty list. */
    List<String> names(String field) {
      return NameLists.of(text(field));
    }
  }
}
