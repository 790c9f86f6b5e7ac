package id.jht.portal.domain.model.participant;

import id.jht.portal.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's name as typed, with the normalised form used to compare it with the registry.
 *
 * <p>Normalisation: accents are stripped (É becomes E), letters are upper-cased, apostrophes are
 * removed without a gap (MA'RUF equals MARUF), every other character that is neither a letter nor a
 * digit (. , - and the like) becomes a word gap (M.ALI equals M ALI), and runs of white space
 * collapse into one space. Titles and honorifics (DR, HJ, S.KOM) are kept: they are part of the
 * name as registered, and dropping them would make different people look alike.
 *
 * <p>{@link #similarity(PersonName)} is the normalised Levenshtein similarity of the normalised
 * forms: {@code 1 - editDistance / length of the longer name}. It was chosen over Jaro-Winkler
 * because it treats a change anywhere in the name alike (Jaro-Winkler rewards a common start, and
 * many Indonesian names share one: MUHAMMAD, SITI, NUR) and because a percentage of edits is easy
 * to explain to an officer.
 */
public final class PersonName implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field name used in validation errors. */
  public static final String FIELD = "name";

  static final String EMPTY = "name.empty";

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['`\u2018\u2019\u02BC]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final String value;
  private final String normalized;

  private PersonName(String value, String normalized) {
    this.value = value;
    this.normalized = normalized;
  }

  /**
   * Creates a name; surrounding white space is dropped and inner runs collapse to one space.
   *
   * @throws InvalidValueException with field {@code name} and key {@code name.empty} when nothing
   *     but white space or punctuation was given
   */
  public static PersonName of(String input) {
    String value = input == null ? "" : WHITE_SPACE.matcher(input.strip()).replaceAll(" ");
    String normalized = normalize(value);
    if (normalized.isEmpty()) {
      throw InvalidValueException.of(FIELD, EMPTY);
    }
    return new PersonName(value, normalized);
  }

  /**
   * Rebuilds a name read back from the database, <em>without</em> validating it again. What is
   * stored was validated on its way in; a row that a later, stricter rule would refuse (or one
   * written by hand) must still load, or a page that merely shows it would fail. Only the
   * persistence converter calls this (the stored text is kept exactly, white space included);
   * everything a person types goes through {@link #of(String)}.
   */
  public static PersonName stored(String value) {
    return new PersonName(Objects.requireNonNull(value, "value"), normalize(value));
  }

  /** The normalised form of any text, as described in the class comment. */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFKD);
    String withoutAccents = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    String upper = withoutAccents.toUpperCase(Locale.ROOT);
    String withoutApostrophes = APOSTROPHES.matcher(upper).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(withoutApostrophes).replaceAll(" ").strip();
  }

  /** The name as typed, with white space tidied. */
  public String value() {
    return value;
  }

  /** The normalised form used for comparisons. */
  public String normalized() {
    return normalized;
  }

  /** True when both names have the same normalised form. */
  public boolean sameAs(PersonName other) {
    return normalized.equals(Objects.requireNonNull(other, "other").normalized);
  }

  /**
   * Normalised Levenshtein similarity of the normalised forms, from 0 (nothing in common) to 1
   * (same normalised name).
   */
  public double similarity(PersonName other) {
    String otherNormalized = Objects.requireNonNull(other, "other").normalized;
    int longer = Math.max(normalized.length(), otherNormalized.length());
    return 1.0 - (double) levenshtein(normalized, otherNormalized) / longer;
  }

  /** True when {@link #similarity(PersonName)} is at least the given minimum (0 to 1). */
  public boolean isSimilarTo(PersonName other, double minimumSimilarity) {
    if (minimumSimilarity < 0.0 || minimumSimilarity > 1.0) {
      throw new IllegalArgumentException("The minimum similarity must lie between 0 and 1");
    }
    return similarity(other) >= minimumSimilarity;
  }

  /** Edit distance (insertions, deletions, substitutions) with two rolling rows. */
  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Equal when the names are typed alike; use {@link #sameAs(PersonName)} to compare people. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PersonName name && name.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
