package id.jht.portal.interfaces.web.pending;

import id.jht.portal.application.schedule.ScheduleService;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Times shown the way the branch reads them ("22 November 2026 14.05 WITA"): a record of a branch
 * in Makassar is shown in WITA, not in the server's zone. Zones are looked up once per branch and
 * request.
 */
@RequestScoped
public class BranchTimes {

  @Inject ScheduleService schedule;
  @Inject FacesMessages messages;

  private final Map<String, Optional<ZoneId>> zones = new HashMap<>();

  /** The time in the branch's zone, WIB when the branch is unknown; empty for no time. */
  public String format(Instant instant, String branchCodeOrNull) {
    if (instant == null) {
      return "";
    }
    return messages.dateTime(instant, zone(branchCodeOrNull));
  }

  private ZoneId zone(String branchCode) {
    if (branchCode == null) {
      return null;
    }
    return zones
        .computeIfAbsent(branchCode, code -> schedule.branch(code).map(BranchOffice::getZoneId))
        .orElse(null);
  }
}
