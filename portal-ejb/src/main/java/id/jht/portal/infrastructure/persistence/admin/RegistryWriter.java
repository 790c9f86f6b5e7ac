package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.application.admin.RegistryColumns;
import id.jht.portal.application.admin.RegistryRecord;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.persistence.JdbcStatements;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Writes one valid import line on the caller's connection and inside the caller's transaction: the
 * participant (inserted, or updated by NIK) and the membership (inserted, or updated by KPJ).
 *
 * <p>Everything that can refuse a line is checked before the first write, so a refused line writes
 * nothing. A participant's lock state and failed attempts, and a membership's partial-claim flags,
 * are never touched by an import. An empty e-mail or phone keeps the registered one.
 */
final class RegistryWriter {

  /** What writing one line did. */
  public record Outcome(
      boolean written, boolean newParticipant, boolean newMembership, LineProblem problem) {

    static Outcome refused(LineProblem problem) {
      return new Outcome(false, false, false, problem);
    }
  }

  private final Connection c;

  RegistryWriter(Connection connection) {
    this.c = connection;
  }

  public Outcome write(RegistryRecord r, long branchId) throws SQLException {
    Optional<Long> kpjOwner = kpjOwner(r.kpj().value());
    Optional<Long> participant = participantId(r.nik().value());
    if (kpjOwner.isPresent() && !kpjOwner.equals(participant)) {
      return Outcome.refused(
          new LineProblem(
              r.line(), RegistryColumns.KPJ, Message.of("admin.import.kpjOtherParticipant")));
    }
    long participantId;
    boolean newParticipant = participant.isEmpty();
    if (newParticipant) {
      participantId = insertParticipant(r, branchId);
    } else {
      participantId = participant.get();
      updateParticipant(participantId, r, branchId);
    }
    boolean newMembership = kpjOwner.isEmpty();
    if (newMembership) {
      insertMembership(participantId, r);
    } else {
      updateMembership(r);
    }
    return new Outcome(true, newParticipant, newMembership, null);
  }

  /** The participant holding the KPJ, with the membership row locked. */
  private Optional<Long> kpjOwner(String kpj) throws SQLException {
    return JdbcStatements.firstLong(
        c, "SELECT participant_id FROM membership WHERE kpj = ? FOR UPDATE", kpj);
  }

  private Optional<Long> participantId(String nik) throws SQLException {
    return JdbcStatements.firstLong(c, "SELECT id FROM participant WHERE nik = ? FOR UPDATE", nik);
  }

  private long insertParticipant(RegistryRecord r, long branchId) throws SQLException {
    return JdbcStatements.insert(
        c,
        "INSERT INTO participant (nik, full_name, birth_place, birth_date, gender,"
            + " mother_maiden_name, email, phone, home_branch_id, failed_attempts,"
            + " locked_until, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 1)",
        r.nik().value(),
        r.fullName(),
        r.birthPlace(),
        Date.valueOf(r.birthDate()),
        genderCode(r.gender()),
        r.motherMaidenName(),
        r.email(),
        r.phone(),
        branchId);
  }

  private void updateParticipant(long id, RegistryRecord r, long branchId) throws SQLException {
    JdbcStatements.update(
        c,
        "UPDATE participant SET full_name = ?, birth_place = ?, birth_date = ?, gender = ?,"
            + " mother_maiden_name = ?, email = COALESCE(?, email),"
            + " phone = COALESCE(?, phone), home_branch_id = ?, version = version + 1"
            + " WHERE id = ?",
        r.fullName(),
        r.birthPlace(),
        Date.valueOf(r.birthDate()),
        genderCode(r.gender()),
        r.motherMaidenName(),
        r.email(),
        r.phone(),
        branchId,
        id);
  }

  private void insertMembership(long participantId, RegistryRecord r) throws SQLException {
    JdbcStatements.update(
        c,
        "INSERT INTO membership (participant_id, kpj, employer_name, membership_start,"
            + " status, non_active_since, balance, partial_other_taken,"
            + " partial_housing_taken, version) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, 1)",
        participantId,
        r.kpj().value(),
        r.employer(),
        Date.valueOf(r.membershipStart()),
        r.status().name(),
        nonActiveSince(r),
        r.balance());
  }

  private void updateMembership(RegistryRecord r) throws SQLException {
    JdbcStatements.update(
        c,
        "UPDATE membership SET employer_name = ?, membership_start = ?, status = ?,"
            + " non_active_since = ?, balance = ?, version = version + 1 WHERE kpj = ?",
        r.employer(),
        Date.valueOf(r.membershipStart()),
        r.status().name(),
        nonActiveSince(r),
        r.balance(),
        r.kpj().value());
  }

  private static Date nonActiveSince(RegistryRecord r) {
    return r.nonActiveSince() == null ? null : Date.valueOf(r.nonActiveSince());
  }

  private static String genderCode(Gender gender) {
    return gender == Gender.FEMALE ? "F" : "M";
  }
}
