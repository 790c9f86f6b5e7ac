package id.jht.portal.application.admin;

import id.jht.portal.domain.shared.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A whole import file checked before anything is written: decoded as UTF-8 (anything else is
 * refused rather than guessed, since a wrong guess garbles names), an optional header line that
 * must name the columns in order, each line validated, and a KPJ repeated within the file rejected
 * on its second and later lines.
 */
public final class RegistryFile {

  private RegistryFile() {}

  /**
   * The outcome of checking a file.
   *
   * @param dataLines how many lines carry data (header and blank lines not counted)
   * @param valid the lines to write, in file order
   * @param problems every problem, in line order
   * @param rejectedLines how many data lines have at least one problem
   */
  public record Checked(
      int dataLines, List<RegistryRecord> valid, List<LineProblem> problems, int rejectedLines) {}

  public static Checked check(byte[] content, Set<String> branchCodes, LocalDate today) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return fileProblem(0, "admin.import.notUtf8");
    }
    List<CsvRecord> records = new ArrayList<>(SemicolonCsv.parse(text));
    records.removeIf(RegistryFile::isBlank);
    if (!records.isEmpty() && isHeader(records.get(0))) {
      CsvRecord header = records.remove(0);
      if (!matchesColumns(header)) {
        return new Checked(
            records.size(),
            List.of(),
            List.of(
                new LineProblem(
                    header.line(),
                    RegistryColumns.FILE,
                    Message.of("admin.import.headerMismatch", RegistryColumns.HEADER))),
            records.size());
      }
    }
    if (records.isEmpty()) {
      return fileProblem(0, "admin.import.empty");
    }
    RegistryLineValidator validator = new RegistryLineValidator(branchCodes, today);
    List<RegistryRecord> valid = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> kpjFirstLine = new HashMap<>();
    int rejected = 0;
    for (CsvRecord record : records) {
      RegistryLineValidator.LineResult result = validator.validate(record);
      if (!result.isValid()) {
        problems.addAll(result.problems());
        rejected++;
        continue;
      }
      RegistryRecord r = result.record();
      Integer first = kpjFirstLine.putIfAbsent(r.kpj().value(), r.line());
      if (first != null) {
        problems.add(
            new LineProblem(
                r.line(),
                RegistryColumns.KPJ,
                Message.of("admin.import.kpjRepeated", String.valueOf(first))));
        rejected++;
        continue;
      }
      valid.add(r);
    }
    return new Checked(records.size(), valid, problems, rejected);
  }

  private static Checked fileProblem(int dataLines, String key) {
    return new Checked(
        dataLines,
        List.of(),
        List.of(new LineProblem(1, RegistryColumns.FILE, Message.of(key))),
        dataLines);
  }

  private static boolean isBlank(CsvRecord record) {
    return !record.unterminatedQuote() && record.fields().stream().allMatch(String::isBlank);
  }

  private static boolean isHeader(CsvRecord record) {
    return record.fields().get(0).strip().toLowerCase(Locale.ROOT).equals(RegistryColumns.NIK);
  }

  private static boolean matchesColumns(CsvRecord header) {
    List<String> names =
        header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    return names.equals(RegistryColumns.ALL);
  }
}
