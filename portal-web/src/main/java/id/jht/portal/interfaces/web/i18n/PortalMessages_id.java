package id.jht.portal.interfaces.web.i18n;

/** Bahasa Indonesia, the default. */
public class PortalMessages_id extends PortalMessages {
  public PortalMessages_id() {
    super(Languages.INDONESIAN);
  }
}
