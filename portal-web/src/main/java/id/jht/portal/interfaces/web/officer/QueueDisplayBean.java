package id.jht.portal.interfaces.web.officer;

import id.jht.portal.application.queue.DisplayedCall;
import id.jht.portal.application.queue.QueueDisplayService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The branch's public queue display ({@code /display.xhtml?branch=SDA}), for a screen in the
 * office: no sign-in, only ticket numbers and desk names. The page is stateless; a script fetches
 * it again every few seconds and replaces the calls.
 */
@Named
@RequestScoped
public class QueueDisplayBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QueueDisplayService service;

  private String branchCode;
  private QueueDisplayService.Display display;

  public void load() {
    display = branchCode == null ? null : service.display(branchCode).orElse(null);
  }

  public boolean isKnownBranch() {
    return display != null;
  }

  public String getBranchName() {
    return display == null ? "" : display.branch().getName();
  }

  /** The latest call first: it is shown largest. */
  public DisplayedCall getLatest() {
    return display == null || display.calls().isEmpty() ? null : display.calls().get(0);
  }

  /** The other desks' current numbers. */
  public List<DisplayedCall> getOthers() {
    return display == null || display.calls().size() < 2
        ? List.of()
        : display.calls().subList(1, display.calls().size());
  }

  public int getRefreshSeconds() {
    return service.refreshSeconds();
  }

  public String getBranchCode() {
    return branchCode;
  }

  public void setBranchCode(String branchCode) {
    this.branchCode = branchCode;
  }
}
