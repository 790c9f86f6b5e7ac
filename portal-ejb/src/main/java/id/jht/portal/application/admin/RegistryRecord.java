package id.jht.portal.application.admin;

import id.jht.portal.domain.model.participant.Gender;
import id.jht.portal.domain.model.participant.Kpj;
import id.jht.portal.domain.model.participant.MembershipStatus;
import id.jht.portal.domain.model.participant.Nik;
import java.time.LocalDate;

/**
 * One valid line of the participant registry import: a participant (by NIK) and one of their
 * memberships (by KPJ).
 *
 * @param email null when the line leaves it empty (the registered address is then kept)
 * @param phone international form ({@code +62...}), null when empty (the registered one is kept)
 * @param nonActiveSince null for an active membership
 */
public record RegistryRecord(
    int line,
    Nik nik,
    Kpj kpj,
    String fullName,
    String birthPlace,
    LocalDate birthDate,
    Gender gender,
    String motherMaidenName,
    String email,
    String phone,
    String branchCode,
    String employer,
    LocalDate membershipStart,
    MembershipStatus status,
    LocalDate nonActiveSince,
    long balance) {

  /** Masked: a record never prints a full NIK or KPJ. */
  @Override
  public String toString() {
    return "RegistryRecord[line " + line + ", " + nik.masked() + ", " + kpj.masked() + "]";
  }
}
