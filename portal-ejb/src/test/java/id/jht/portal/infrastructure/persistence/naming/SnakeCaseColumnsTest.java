package id.jht.portal.infrastructure.persistence.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

/** Defaulted columns take the snake_case of the field; named ones keep their name. */
class SnakeCaseColumnsTest {

  /** Stands in for an entity; the mappings below are what EclipseLink builds from annotations. */
  static class Row {}

  @Test
  void aDefaultedColumnBecomesSnakeCaseAndANamedOneStays() {
    RelationalDescriptor descriptor = new RelationalDescriptor();
    descriptor.setJavaClass(Row.class);
    descriptor.setTableName("row");
    DirectToFieldMapping defaulted =
        (DirectToFieldMapping) descriptor.addDirectMapping("fullName", "fullName");
    DirectToFieldMapping defaultedUpperCase =
        (DirectToFieldMapping) descriptor.addDirectMapping("lockedUntil", "LOCKEDUNTIL");
    DirectToFieldMapping oneWord = (DirectToFieldMapping) descriptor.addDirectMapping("nik", "nik");
    DirectToFieldMapping named =
        (DirectToFieldMapping) descriptor.addDirectMapping("start", "start_time");
    DirectToFieldMapping digits =
        (DirectToFieldMapping) descriptor.addDirectMapping("sha256", "sha256");
    Project project = new Project(new DatabaseLogin());
    project.addDescriptor(descriptor);
    DatabaseSession session = project.createDatabaseSession();

    new SnakeCaseColumns().customize(session);

    assertEquals("full_name", defaulted.getField().getName());
    assertEquals("locked_until", defaultedUpperCase.getField().getName());
    assertEquals("nik", oneWord.getField().getName());
    assertEquals("start_time", named.getField().getName());
    assertEquals("sha256", digits.getField().getName());
  }

  @Test
  void snakeCaseSplitsAtEachCapital() {
    assertEquals("mother_maiden_name", SnakeCaseColumns.snakeCase("motherMaidenName"));
    assertEquals("id", SnakeCaseColumns.snakeCase("id"));
    assertEquals("partial_other_taken", SnakeCaseColumns.snakeCase("partialOtherTaken"));
  }
}
