package id.jht.portal.infrastructure.persistence.admin;

import id.jht.portal.application.admin.LineProblem;
import id.jht.portal.application.admin.RegistryColumns;
import id.jht.portal.application.admin.RegistryRecord;
import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.shared.Message;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
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
    try (PreparedStatement ps =
        c.prepareStatement("SELECT participant_id FROM membership WHERE kpj = ? FOR UPDATE")) {
      ps.setString(1, kpj);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private Optional<Long> participantId(String nik) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM participant WHERE nik = ? FOR UPDATE")) {
      ps.setString(1, nik);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private long insertParticipant(RegistryRecord r, long branchId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO participant (nik, full_name, birth_place, birth_date, gender,"
                + " mother_maiden_name, email, phone, home_branch_id, failed_attempts,"
                + " locked_until, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, r.nik().value());
      ps.setString(2, r.fullName());
      ps.setString(3, r.birthPlace());
      ps.setDate(4, Date.valueOf(r.birthDate()));
      ps.setString(5, genderCode(r.gender()));
      ps.setString(6, r.motherMaidenName());
      setNullable(ps, 7, r.email());
      setNullable(ps, 8, r.phone());
      ps.setLong(9, branchId);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void updateParticipant(long id, RegistryRecord r, long branchId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE participant SET full_name = ?, birth_place = ?, birth_date = ?, gender = ?,"
                + " mother_maiden_name = ?, email = COALESCE(?, email),"
                + " phone = COALESCE(?, phone), home_branch_id = ?, version = version + 1"
                + " WHERE id = ?")) {
      ps.setString(1, r.fullName());
      ps.setString(2, r.birthPlace());
      ps.setDate(3, Date.valueOf(r.birthDate()));
      ps.setString(4, genderCode(r.gender()));
      ps.setString(5, r.motherMaidenName());
      setNullable(ps, 6, r.email());
      setNullable(ps, 7, r.phone());
      ps.setLong(8, branchId);
      ps.setLong(9, id);
      ps.executeUpdate();
    }
  }

  private void insertMembership(long participantId, RegistryRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO membership (participant_id, kpj, employer_name, membership_start,"
                + " status, non_active_since, balance, partial_other_taken,"
                + " partial_housing_taken, version) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, 1)")) {
      ps.setLong(1, participantId);
      ps.setString(2, r.kpj().value());
      ps.setString(3, r.employer());
      ps.setDate(4, Date.valueOf(r.membershipStart()));
      ps.setString(5, r.status().name());
      setNullableDate(ps, 6, r);
      ps.setLong(7, r.balance());
      ps.executeUpdate();
    }
  }

  private void updateMembership(RegistryRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE membership SET employer_name = ?, membership_start = ?, status = ?,"
                + " non_active_since = ?, balance = ?, version = version + 1 WHERE kpj = ?")) {
      ps.setString(1, r.employer());
      ps.setDate(2, Date.valueOf(r.membershipStart()));
      ps.setString(3, r.status().name());
      setNullableDate(ps, 4, r);
      ps.setLong(5, r.balance());
      ps.setString(6, r.kpj().value());
      ps.executeUpdate();
    }
  }

  private static void setNullableDate(PreparedStatement ps, int index, RegistryRecord r)
      throws SQLException {
    if (r.nonActiveSince() == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setDate(index, Date.valueOf(r.nonActiveSince()));
    }
  }

  private static void setNullable(PreparedStatement ps, int index, String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  private static String genderCode(Gender gender) {
    return gender == Gender.FEMALE ? "F" : "M";
  }
}
