package id.jht.portal.application.queue;

import id.jht.portal.application.queue.Alternative.Kind;
import id.jht.portal.application.schedule.ServiceCalendar;
import id.jht.portal.application.schedule.SessionAvailability;
import id.jht.portal.application.schedule.WorkingDays;
import id.jht.portal.domain.model.branch.BranchOffice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The nearest alternatives to a full session: other sessions that day, then the next working days
 * at that branch, then branches in the same city or province (nearest first). Each kind gets a fair
 * share of the places first, so a participant sees a mix; unused places go to the kinds in that
 * order. Room is read without locks: an alternative may fill up before it is chosen, and the
 * allocation then says so.
 */
public final class AlternativeFinder {

  private final ServiceCalendar calendar;
  private final int max;

  public AlternativeFinder(ServiceCalendar calendar, int max) {
    this.calendar = calendar;
    this.max = max;
  }

  public List<Alternative> find(
      BranchOffice branch, LocalDate date, String fullSession, Instant now) {
    if (max <= 0) {
      return List.of();
    }
    LocalDate firstBookable = WorkingDays.firstBookableDay(branch.getZoneId(), now);
    boolean dateBookable = calendar.isBookable(branch, date, now);

    List<Alternative> sameDay = new ArrayList<>();
    if (dateBookable) {
      for (SessionAvailability s : calendar.sessions(branch, date)) {
        if (s.hasRoom() && !s.code().equals(fullSession)) {
          sameDay.add(new Alternative(Kind.SAME_DAY, branch, date, s));
        }
      }
    }

    List<Alternative> laterDays = new ArrayList<>();
    LocalDate after = later(date.plusDays(1), firstBookable);
    for (LocalDate day : calendar.nextWorkingDays(branch, after)) {
      if (laterDays.size() >= max) {
        break;
      }
      firstWithRoom(branch, day)
          .ifPresent(s -> laterDays.add(new Alternative(Kind.LATER_DAY, branch, day, s)));
    }

    List<Alternative> otherBranches = new ArrayList<>();
    LocalDate day =
        dateBookable
            ? date
            : calendar.nextWorkingDays(branch, later(date, firstBookable), 1).stream()
                .findFirst()
                .orElse(null);
    if (day != null) {
      for (BranchOffice neighbour : calendar.neighbours(branch)) {
        if (otherBranches.size() >= max) {
          break;
        }
        if (calendar.isBookable(neighbour, day, now)) {
          firstWithRoom(neighbour, day)
              .ifPresent(
                  s -> otherBranches.add(new Alternative(Kind.OTHER_BRANCH, neighbour, day, s)));
        }
      }
    }
    return pick(List.of(sameDay, laterDays, otherBranches));
  }

  private Optional<SessionAvailability> firstWithRoom(BranchOffice branch, LocalDate day) {
    return calendar.sessions(branch, day).stream().filter(SessionAvailability::hasRoom).findFirst();
  }

  /** A fair share of each kind first, then the rest in kind order; grouped by kind. */
  private List<Alternative> pick(List<List<Alternative>> byKind) {
    int share = (max + byKind.size() - 1) / byKind.size();
    List<Alternative> chosen = new ArrayList<>();
    int[] taken = new int[byKind.size()];
    for (int k = 0; k < byKind.size(); k++) {
      List<Alternative> candidates = byKind.get(k);
      while (taken[k] < Math.min(share, candidates.size()) && chosen.size() < max) {
        chosen.add(candidates.get(taken[k]++));
      }
    }
    for (int k = 0; k < byKind.size(); k++) {
      List<Alternative> candidates = byKind.get(k);
      while (taken[k] < candidates.size() && chosen.size() < max) {
        chosen.add(candidates.get(taken[k]++));
      }
    }
    // Stable sort: within a kind, the candidates keep their nearest-first order.
    chosen.sort(Comparator.comparing(Alternative::kind));
    return chosen;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
