package id.jht.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class PortalSessionCustomizerTest {

  static class Row {}

  @Test
  void columnsAreNamedByConventionAndAFailedReadIsRetriedOnceASecondLater() throws Exception {
    RelationalDescriptor descriptor = new RelationalDescriptor();
    descriptor.setJavaClass(Row.class);
    descriptor.setTableName("row");
    DirectToFieldMapping defaulted =
        (DirectToFieldMapping) descriptor.addDirectMapping("fullName", "fullName");
    Project project = new Project(new DatabaseLogin());
    project.addDescriptor(descriptor);
    DatabaseSession session = project.createDatabaseSession();
    assertEquals(3, session.getLogin().getQueryRetryAttemptCount(), "EclipseLink's");

    new PortalSessionCustomizer().customize(session);

    assertEquals("full_name", defaulted.getField().getName());
    assertEquals(1, session.getLogin().getQueryRetryAttemptCount());
    assertEquals(1000, session.getLogin().getDelayBetweenConnectionAttempts());
  }
}
