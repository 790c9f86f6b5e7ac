package id.jht.portal.interfaces.web.claim;

import java.io.Serializable;

/**
 * The answer to an upload into a document slot, shown at the slot itself: stored, stored with a
 * warning (the same file as another slot), or refused with its reason. It lives for the request of
 * that upload only, whose Ajax answer draws it (the page keeps no state on the server). A class
 * with getters because Jakarta EL 5 cannot read records.
 */
public final class SlotStatus implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No upload in this request: a full render of the page, or another slot's upload. */
  static final SlotStatus NONE = new SlotStatus("none", "");

  private final String kind;
  private final String text;

  private SlotStatus(String kind, String text) {
    this.kind = kind;
    this.text = text;
  }

  static SlotStatus stored(String text) {
    return new SlotStatus("success", text);
  }

  static SlotStatus warning(String text) {
    return new SlotStatus("warning", text);
  }

  static SlotStatus error(String text) {
    return new SlotStatus("error", text);
  }

  /** "none", "success", "warning" or "error": also the CSS class of the message. */
  public String getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public boolean isError() {
    return "error".equals(kind);
  }

  public boolean isShown() {
    return !text.isEmpty();
  }
}
