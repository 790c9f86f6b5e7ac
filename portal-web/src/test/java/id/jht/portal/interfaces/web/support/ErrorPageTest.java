package id.jht.portal.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

  @Test
  void tryAgainLeadsOnlyToAPageOfThisPortal() {
    assertTrue(ErrorPage.isLocalPage("/claim/documents.xhtml"));
    assertTrue(ErrorPage.isLocalPage("/staff/pending-claims.xhtml"));
    assertTrue(ErrorPage.isLocalPage("/index.xhtml"));
    for (String elsewhere :
        new String[] {
          null,
          "",
          "//evil.example/claim.xhtml",
          "https://evil.example/a.xhtml",
          "/claim/../admin/keys.xhtml",
          "/claim/documents.xhtml?nik=3201",
          "/claim/documents.xhtml#x",
          "claim/documents.xhtml",
          "/claim/documents.jsp",
          "/error/error.xhtml",
          "/claim/Documents.xhtml\r\nSet-Cookie: a=b"
        }) {
      assertFalse(ErrorPage.isLocalPage(elsewhere), String.valueOf(elsewhere));
    }
  }

  @Test
  void staffPagesAreTheStaffAndAdministratorsOnes() {
    assertTrue(ErrorPage.isStaffPath("/staff/claims.xhtml"));
    assertTrue(ErrorPage.isStaffPath("/admin/branches.xhtml"));
    assertFalse(ErrorPage.isStaffPath("/claim/staff.xhtml"));
    assertFalse(ErrorPage.isStaffPath(null));
  }

  @Test
  void aFailureForWantOfTheDatabaseIsToldFromOtherFailures() {
    SQLException noConnection =
        new SQLException(
            "Error in allocating a connection.",
            new ResourceAllocationException("In-use connections equal max-pool-size"));
    assertTrue(DatabaseUnavailable.caused(new PersistenceException("4002", noConnection)));
    assertTrue(
        DatabaseUnavailable.caused(
            new IllegalStateException(new SQLRecoverableException("Communications link failure"))));
    assertTrue(DatabaseUnavailable.caused(new SQLException("gone", "08S01")));
    assertFalse(DatabaseUnavailable.caused(new SQLException("Duplicate entry", "23000")));
    assertFalse(DatabaseUnavailable.caused(new IllegalArgumentException("a bug")));
    assertFalse(DatabaseUnavailable.caused(null));
  }
}
