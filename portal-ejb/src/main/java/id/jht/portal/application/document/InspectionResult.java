package id.jht.portal.application.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The verdict of {@link UploadInspection#inspect} on one upload. */
public sealed interface InspectionResult {

  /** The cleaned original name, to be shown to people; never used as a path. */
  String displayName();

  /**
   * The upload is a readable document within the limits. The caller owns {@code tempFile} from now
   * on: it hands it to {@link DocumentStorage#store(Path)} or deletes it.
   *
   * @param tempFile the spooled content, in the work directory given to the inspector
   * @param type what the content is
   * @param sizeBytes exact size
   * @param sha256Hex SHA-256 of the content, lower-case hex
   * @param width image width in pixels, {@code null} for PDFs
   * @param height image height in pixels, {@code null} for PDFs
   * @param pageCount number of pages of a PDF, {@code null} for images
   * @param displayName see {@link InspectionResult#displayName()}
   */
  record Accepted(
      Path tempFile,
      DetectedType type,
      long sizeBytes,
      String sha256Hex,
      Integer width,
      Integer height,
      Integer pageCount,
      String displayName)
      implements InspectionResult {

    public Accepted {
      Objects.requireNonNull(tempFile, "tempFile");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(sha256Hex, "sha256Hex");
      Objects.requireNonNull(displayName, "displayName");
    }
  }

  /**
   * The upload was refused; nothing of it is left on disk.
   *
   * @param reason why
   * @param displayName see {@link InspectionResult#displayName()}
   * @param details the message placeholders from {1} on, as documented on each {@link
   *     RejectionReason}: {@link String}s, {@link Number}s and {@link LocalizableText}s
   */
  record Rejected(RejectionReason reason, String displayName, List<Object> details)
      implements InspectionResult {

    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(displayName, "displayName");
      details = List.copyOf(details);
    }

    /** Bundle key of the message. */
    public String messageKey() {
      return reason.messageKey();
    }

    /** All placeholder values, {0} being the display name. */
    public List<Object> messageArguments() {
      List<Object> arguments = new ArrayList<>(details.size() + 1);
      arguments.add(displayName);
      arguments.addAll(details);
      return List.copyOf(arguments);
    }
  }
}
