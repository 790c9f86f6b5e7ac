package id.jht.portal.infrastructure.persistence.admin;

import static id.jht.portal.application.admin.AdminH2.count;
import static id.jht.portal.application.admin.AdminH2.execute;
import static id.jht.portal.application.admin.AdminH2.single;
import static id.jht.portal.application.admin.RegistryTestLines.BUDI;
import static id.jht.portal.application.admin.RegistryTestLines.RINA;
import static id.jht.portal.application.admin.RegistryTestLines.record;
import static id.jht.portal.application.admin.RegistryTestLines.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.application.admin.AdminH2;
import id.jht.portal.application.admin.ImportStatus;
import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.application.admin.RegistryLineValidator;
import id.jht.portal.application.admin.RegistryRecord;
import id.jht.portal.domain.shared.Message;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import's writes and its report on the embedded database, after all migrations. */
class RegistryWriterOnH2Test {

  private final RegistryLineValidator validator =
      new RegistryLineValidator(Set.of("JSL", "SDA"), LocalDate.of(2026, 3, 2));
  private Connection c;
  private RegistryWriter writer;

  @BeforeEach
  void database() throws Exception {
    c = AdminH2.migratedWithBranches("h2-registry");
    writer = new RegistryWriter(c);
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  @Test
  void aNewPersonIsInsertedWithTheirMembership() throws Exception {
    RegistryWriter.Outcome outcome = writer.write(valid(BUDI), 1L);

    assertTrue(outcome.written());
    assertTrue(outcome.newParticipant());
    assertTrue(outcome.newMembership());
    assertEquals(
        "Budi Santoso",
        single(c, "SELECT full_name FROM participant WHERE nik = ?", "3173011501900001"));
    assertEquals("+6281234567890", single(c, "SELECT phone FROM participant"));
    assertEquals(
        25_000_000L,
        ((Number) single(c, "SELECT balance FROM membership WHERE kpj = '12345678901'"))
            .longValue());
    assertEquals("NON_ACTIVE", single(c, "SELECT status FROM membership"));
  }

  @Test
  void anExistingPersonIsUpdatedKeepingLockPartialClaimsAndContactsLeftEmpty() throws Exception {
    writer.write(valid(BUDI), 1L);
    execute(c, "UPDATE participant SET failed_attempts = 2, locked_until = '2026-03-03 00:00:00'");
    execute(c, "UPDATE membership SET partial_other_taken = TRUE");
    String changed =
        with(with(with(BUDI, "full_name", "Budi S."), "email", ""), "balance", "30000000");

    RegistryWriter.Outcome outcome = writer.write(valid(changed), 2L);

    assertFalse(outcome.newParticipant());
    assertFalse(outcome.newMembership());
    assertEquals("Budi S.", single(c, "SELECT full_name FROM participant"));
    assertEquals("budi@example.co.id", single(c, "SELECT email FROM participant"));
    assertEquals(2L, count(c, "SELECT home_branch_id FROM participant"));
    assertEquals(2L, count(c, "SELECT failed_attempts FROM participant"));
    assertNotNull(single(c, "SELECT locked_until FROM participant"));
    assertEquals(Boolean.TRUE, single(c, "SELECT partial_other_taken FROM membership"));
    assertEquals(30_000_000L, count(c, "SELECT balance FROM membership"));
    assertEquals(2L, count(c, "SELECT version FROM participant"));
  }

  @Test
  void aSecondKpjOfTheSamePersonIsAddedToThem() throws Exception {
    writer.write(valid(BUDI), 1L);

    RegistryWriter.Outcome outcome = writer.write(valid(with(BUDI, "kpj", "12345678999")), 1L);

    assertFalse(outcome.newParticipant());
    assertTrue(outcome.newMembership());
    assertEquals(1L, count(c, "SELECT COUNT(*) FROM participant"));
    assertEquals(2L, count(c, "SELECT COUNT(*) FROM membership"));
  }

  @Test
  void aKpjHeldBySomebodyElseRefusesTheLineWithoutWritingAnything() throws Exception {
    writer.write(valid(BUDI), 1L);
    String rinaWithBudisKpj = with(RINA, "kpj", "12345678901");

    RegistryWriter.Outcome outcome = writer.write(valid(rinaWithBudisKpj), 2L);

    assertFalse(outcome.written());
    assertEquals("kpj", outcome.problem().field());
    assertEquals("admin.import.kpjOtherParticipant", outcome.problem().message().key());
    assertEquals(1L, count(c, "SELECT COUNT(*) FROM participant"), "Rina was not inserted");
  }

  @Test
  void theImportRowCountsProgressAndKeepsTheReport() throws Exception {
    RegistryImportStore store = new RegistryImportStore(c);
    long id = store.create("dir/../peserta.csv", "admin", Instant.parse("2026-03-02T03:00:00Z"));

    store.checked(id, 4, 2);
    store.addProblems(
        id,
        List.of(
            new LineProblem(3, "nik", Message.of("nik.wrongLength", 15)),
            new LineProblem(2, "gender", Message.of("admin.import.genderInvalid"))));
    store.progress(id, 2, 2, 0, 2, 2);

    ImportStatus running = store.status(id).orElseThrow();
    assertEquals(ImportStatus.RUNNING, running.status());
    assertEquals(4, running.processedLines());
    assertEquals(99, running.percent(), "not 100 before it is finished");
    assertEquals(2, running.writtenLines());
    assertEquals(2, running.rejectedLines());

    store.finish(id, ImportStatus.DONE, Instant.parse("2026-03-02T03:00:05Z"));
    assertEquals(100, store.status(id).orElseThrow().percent());

    List<LineProblem> report = store.problems(id, 0, 10);
    assertEquals(List.of(2, 3), report.stream().map(LineProblem::line).toList());
    assertEquals(Message.of("nik.wrongLength", "15"), report.get(1).message());
    assertEquals(1, store.recent(5).size());
  }

  @Test
  void problemsBeyondTheLimitAreOnlyCounted() throws Exception {
    RegistryImportStore store = new RegistryImportStore(c);
    long id = store.create("big.csv", "admin", Instant.parse("2026-03-02T03:00:00Z"));
    List<LineProblem> many =
        java.util.stream.IntStream.rangeClosed(1, RegistryImportStore.MAX_STORED_PROBLEMS + 5)
            .mapToObj(i -> new LineProblem(i, "line", Message.of("admin.import.quote")))
            .toList();

    store.addProblems(id, many);

    assertEquals(RegistryImportStore.MAX_STORED_PROBLEMS, store.problemCount(id));
    assertEquals(5, store.status(id).orElseThrow().problemsOmitted());
  }

  private RegistryRecord valid(String line) {
    RegistryLineValidator.LineResult result = validator.validate(record(1, line));
    assertTrue(result.isValid(), result.problems().toString());
    return result.record();
  }
}
