package id.jht.portal.interfaces.web.i18n;

/** English, when the user picks it. */
public class PortalMessages_en extends PortalMessages {
  public PortalMessages_en() {
    super(java.util.Locale.ENGLISH);
  }
}
