package id.jht.portal.interfaces.rest.v1;

import id.jht.portal.application.pendingclaim.ClaimLock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the person is blocked, and by what. */
@Schema(name = "LockLookupResponse")
public class LockLookupResponse {

  @Schema(description = "True when at least one lock exists", example = "true")
  private boolean blocked;

  @Schema(description = "The locks, this portal's first")
  private List<LockResponse> locks;

  public static LockLookupResponse of(List<ClaimLock> found) {
    LockLookupResponse r = new LockLookupResponse();
    r.blocked = !found.isEmpty();
    r.locks = found.stream().map(LockResponse::of).toList();
    return r;
  }

  public boolean isBlocked() {
    return blocked;
  }

  public List<LockResponse> getLocks() {
    return locks;
  }
}
