package id.jht.portal.infrastructure.document;

import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.application.document.RejectionReason;
import java.util.List;

/** What one content check found, before the inspector turns it into an {@link InspectionResult}. */
sealed interface Finding {

  /** The content passed; the figures that apply to its type are set. */
  record Passed(Integer width, Integer height, Integer pageCount) implements Finding {}

  /** The content failed; {@code details} are the message placeholders from {1} on. */
  record Failed(RejectionReason reason, List<Object> details) implements Finding {

    public Failed {
      details = List.copyOf(details);
    }

    static Failed of(RejectionReason reason, Object... details) {
      return new Failed(reason, List.of(details));
    }
  }
}
