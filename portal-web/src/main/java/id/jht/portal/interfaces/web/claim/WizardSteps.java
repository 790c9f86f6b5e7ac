package id.jht.portal.interfaces.web.claim;

/** The wizard's pages, by step number. */
public final class WizardSteps {

  private static final String[] PATHS = {
    "/claim/identity.xhtml",
    "/claim/identity.xhtml",
    "/claim/reason.xhtml",
    "/claim/contact.xhtml",
    "/claim/documents.xhtml",
    "/claim/schedule.xhtml",
    "/claim/confirm.xhtml"
  };

  private WizardSteps() {}

  /** The page of a step (1 = identity ... 6 = confirm), clamped to the wizard's steps. */
  public static String path(int step) {
    return PATHS[Math.max(1, Math.min(step, PATHS.length - 1))];
  }
}
