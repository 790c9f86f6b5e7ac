package id.jht.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every feature's resource bundle gets: the same keys and placeholders in Bahasa
 * Indonesia and English, plain ASCII texts that MessageFormat can format, and the keys the code
 * names. One place, so each bundle test states only what is particular to its feature.
 */
public final class Bundles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  private Bundles() {}

  /** Loads {@code /i18n/<name>_<language>.properties}. */
  public static Properties load(String name, String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        Bundles.class.getResourceAsStream("/i18n/" + name + "_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  public static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Both languages have the same keys, all under {@code prefix}, with the same placeholders. */
  public static void assertSameKeysAndPlaceholders(String name, String prefix) throws IOException {
    Properties id = load(name, "id");
    Properties en = load(name, "en");
    assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (String key : id.stringPropertyNames()) {
      assertTrue(key.startsWith(prefix), key);
      assertEquals(placeholders(id.getProperty(key)), placeholders(en.getProperty(key)), key);
    }
  }

  /**
   * Every text is plain ASCII without apostrophes (MessageFormat would read one as a quote) and
   * formats with {@code sampleArgs} leaving no placeholder behind.
   */
  public static void assertPlainAsciiAndFormattable(String name, Object... sampleArgs)
      throws IOException {
    for (String language : new String[] {"id", "en"}) {
      Properties texts = load(name, language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertFalse(text.contains("'"), language + " " + key + " has an apostrophe");
        assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127)), key);
        String formatted = new MessageFormat(text).format(sampleArgs);
        assertFalse(formatted.contains("{"), language + " " + key);
      }
    }
  }

  /**
   * The keys (group 1 of {@code key}) named in the files that match, under {@code sources} (folders
   * or single files; one that does not exist is passed over, the caller asserts what it found).
   */
  public static Set<String> keysNamedIn(Pattern key, List<Path> sources, Predicate<Path> files)
      throws IOException {
    Set<String> named = new TreeSet<>();
    for (Path dir : sources) {
      if (!Files.exists(dir)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path file : all.filter(Files::isRegularFile).filter(files).toList()) {
          Matcher m = key.matcher(Files.readString(file));
          while (m.find()) {
            named.add(m.group(1));
          }
        }
      }
    }
    return named;
  }

  /**
   * The whole keys named in any file under {@code sources}: a key ending in a dot is a prefix the
   * code completes at runtime, not a text of its own, and is left out.
   */
  public static Set<String> wholeKeysNamedIn(Pattern key, List<Path> sources) throws IOException {
    Set<String> named = keysNamedIn(key, sources, f -> true);
    named.removeIf(k -> k.endsWith("."));
    return named;
  }

  /** The key has a text of its own, or is a mail's key naming a subject and a body. */
  public static boolean hasTextOrMail(Properties texts, String key) {
    boolean mail = texts.containsKey(key + ".subject") && texts.containsKey(key + ".body");
    return texts.containsKey(key) || mail;
  }

  /** Every one of {@code names} has a label {@code prefix + name}. */
  public static void assertLabelled(Properties texts, String prefix, List<String> names) {
    for (String name : names) {
      assertTrue(texts.containsKey(prefix + name), name);
    }
  }

  /** The names of an enum's constants, in order, for {@link #assertLabelled}. */
  public static List<String> names(Enum<?>[] constants) {
    return Stream.of(constants).map(Enum::name).toList();
  }
}
