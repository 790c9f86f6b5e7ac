package id.jht.portal.interfaces.web.claim;

/** The wizard's pages, by step number. */
final class WizardSteps {

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

  static String path(int step) {
    return PATHS[Math.max(1, Math.min(step, PATHS.length - 1))];
  }
}
