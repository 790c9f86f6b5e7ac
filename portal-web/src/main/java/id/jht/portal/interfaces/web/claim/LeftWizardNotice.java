package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.schedule.ScheduleService;
import id.jht.portal.domain.model.branch.BranchOffice;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the home page tells a participant who chose "Simpan dan keluar": that other channels now see
 * a claim in process at the branch, until when, and how to release it. The session has ended by
 * then, so the branch code and the expiry travel in the redirect's query (neither says who the
 * participant is); a made-up or stale value only falls back to the plain "your data is saved".
 */
@Named
@RequestScoped
public class LeftWizardNotice {

  @Inject ScheduleService schedule;
  @Inject FacesMessages messages;

  private Optional<BranchOffice> branch;
  private Instant until;

  /** The query of the redirect after leaving, for the pending-claim record just made. */
  static String query(String branchCode, Instant expiresAt) {
    return "&branch=" + branchCode + "&until=" + expiresAt.getEpochSecond();
  }

  /** Whether the page can name the branch and the expiry of the claim left pending. */
  public boolean isPending() {
    if (branch == null) {
      Map<String, String> params =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      branch = Optional.empty();
      String code = params.get("branch");
      String epoch = params.get("until");
      if (code != null
          && code.matches("[A-Z0-9]{2,10}")
          && epoch != null
          && epoch.matches("\\d{1,12}")) {
        until = Instant.ofEpochSecond(Long.parseLong(epoch));
        branch = schedule.branch(code);
      }
    }
    return branch.isPresent();
  }

  public String getBranchName() {
    return isPending() ? branch.get().getName() : "";
  }

  /** The expiry as the branch reads it ("18 Desember 2026 14.05 WIB"). */
  public String getUntil() {
    return isPending() ? messages.dateTime(until, branch.get().getZoneId()) : "";
  }
}
