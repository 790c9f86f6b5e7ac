package id.jht.portal.infrastructure.demo;

import java.util.Arrays;
import java.util.List;

/** Name tables written as comma-separated text, so that long lists stay compact in the source. */
final class NameLists {

  private NameLists() {}

  /** "Budi, Agus, Sri Wahyuni" becomes [Budi, Agus, Sri Wahyuni]; an empty text, no names. */
  static List<String> of(String commaSeparated) {
    if (commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }
}
