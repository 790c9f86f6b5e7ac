package id.jht.portal.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the demo deployment is seeded with. The same {@code referenceDate} always gives the
 * same data: a fixed seed and no clock. The anonymous participants are the same for every date;
 * only the named demo participants' dates follow {@code referenceDate}.
 *
 * @param referenceDate the day the named cases are made true for, normally today in WIB
 * @param participants the named demo participants ({@link #demoParticipants()}) first, then the
 *     anonymous ones
 */
public record DemoDataset(
    LocalDate referenceDate,
    List<BranchSeed> branches,
    List<ParticipantSeed> participants,
    List<StaffSeed> staff) {

  public DemoDataset {
    Objects.requireNonNull(referenceDate, "referenceDate");
    branches = List.copyOf(branches);
    participants = List.copyOf(participants);
    staff = List.copyOf(staff);
  }

  /** The demo data with the named cases true on {@code today}. */
  public static DemoDataset generate(LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<ParticipantSeed> participants = new ArrayList<>(NamedDemoParticipants.create(today));
    participants.addAll(new AnonymousParticipantGenerator().generate());
    return new DemoDataset(today, BranchCatalog.seeds(), participants, DemoStaff.accounts());
  }

  /**
   * The Markdown table of the demo cases for {@code today} (case, name, NIK, KPJ, birth date, what
   * it shows), without generating the anonymous participants.
   */
  public static String describeCases(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return CaseTable.markdown(NamedDemoParticipants.create(today), today);
  }

  /** The Markdown table of this dataset's demo cases. */
  public String describeCases() {
    return CaseTable.markdown(demoParticipants(), referenceDate);
  }

  /** The named participants, in {@link DemoCase} order. */
  public List<ParticipantSeed> demoParticipants() {
    return participants.stream().filter(participant -> participant.demoCase() != null).toList();
  }

  /** The participant of one demo case. */
  public ParticipantSeed demoParticipant(DemoCase demoCase) {
    return participants.stream()
        .filter(participant -> demoCase.name().equals(participant.demoCase()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No participant for " + demoCase));
  }
}
