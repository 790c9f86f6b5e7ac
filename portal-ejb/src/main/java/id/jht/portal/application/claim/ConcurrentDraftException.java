package id.jht.portal.application.claim;

/**
 * Another tab or device created the participant's draft at the same moment; the caller simply asks
 * again and gets that draft.
 */
public class ConcurrentDraftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentDraftException() {
    super("a draft was started concurrently");
  }
}
