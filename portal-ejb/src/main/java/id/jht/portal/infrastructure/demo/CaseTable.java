package id.jht.portal.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders the named demo participants as a Markdown table for the README. */
final class CaseTable {

  private CaseTable() {}

  static String markdown(List<ParticipantSeed> named, LocalDate today) {
    StringBuilder table = new StringBuilder();
    table
        .append("Demo participants as generated for ")
        .append(today)
        .append(" (membership dates move with the date; NIKs stay, except AGE_56's).\n\n");
    table.append("| Case | Name | NIK | KPJ | Birth date | What it shows |\n");
    table.append("| --- | --- | --- | --- | --- | --- |\n");
    for (ParticipantSeed participant : named) {
      DemoCase demoCase = DemoCase.valueOf(participant.demoCase());
      table
          .append("| `")
          .append(demoCase.name())
          .append("` | ")
          .append(participant.fullName())
          .append(" | ")
          .append(participant.nik())
          .append(" | ")
          .append(
              participant.memberships().stream()
                  .map(MembershipSeed::kpj)
                  .collect(Collectors.joining(", ")))
          .append(" | ")
          .append(participant.birthDate())
          .append(" | ")
          .append(demoCase.purpose())
          .append(' ')
          .append(facts(participant))
          .append(" |\n");
    }
    return table.toString();
  }

  /** The concrete data behind the case, so a reviewer knows what to expect on screen. */
  private static String facts(ParticipantSeed participant) {
    StringBuilder facts = new StringBuilder("Branch ").append(participant.homeBranchCode());
    for (MembershipSeed membership : participant.memberships()) {
      facts
          .append("; ")
          .append(membership.employerName())
          .append(" since ")
          .append(membership.membershipStart());
      if (membership.active()) {
        facts.append(", active");
      } else {
        facts.append(", non-active since ").append(membership.nonActiveSince());
      }
      facts.append(", ").append(rupiah(membership.balanceRupiah()));
      if (membership.partialOtherTaken()) {
        facts.append(", 10 % partial taken");
      }
      if (membership.partialHousingTaken()) {
        facts.append(", 30 % housing partial taken");
      }
    }
    if (participant.locked()) {
      facts.append("; ").append(participant.failedAttempts()).append(" failed attempts, locked");
    }
    return facts.append('.').toString();
  }

  /** Indonesian notation: "Rp 35.420.150". */
  static String rupiah(long amount) {
    return "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
  }
}
