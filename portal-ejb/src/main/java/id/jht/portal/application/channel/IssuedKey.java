package id.jht.portal.application.channel;

/**
 * A newly created or rotated key. {@code key} is shown to the administrator once and never stored:
 * it cannot be retrieved later, only rotated.
 */
public record IssuedKey(Long channelId, String channelCode, String key, String shownPart) {

  /** Never print the key itself by accident. */
  @Override
  public String toString() {
    return "IssuedKey[" + channelCode + ", " + shownPart + "...]";
  }
}
