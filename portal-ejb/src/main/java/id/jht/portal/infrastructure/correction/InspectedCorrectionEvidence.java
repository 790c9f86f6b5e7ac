package id.jht.portal.infrastructure.correction;

import id.jht.portal.application.claim.ClaimConfiguration;
import id.jht.portal.application.document.InspectionResult;
import id.jht.portal.domain.model.correction.CorrectionEvidence;
import id.jht.portal.domain.model.correction.StoredEvidence;
import id.jht.portal.domain.shared.Message;
import id.jht.portal.infrastructure.document.DocumentInspector;
import id.jht.portal.infrastructure.document.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Correction documents through the same content inspection and store as the claim documents: a
 * renamed web page or a PDF with scripts is refused here as it is on the documents step.
 */
@ApplicationScoped
public class InspectedCorrectionEvidence implements CorrectionEvidence {

  @Inject DocumentInspector inspector;
  @Inject DocumentStore store;
  @Inject ClaimConfiguration configuration;

  @Override
  public Outcome keep(String fileName, String declaredContentType, InputStream content) {
    InspectionResult result;
    try {
      result =
          inspector.inspect(fileName, declaredContentType, content, configuration.incomingDir());
    } catch (IOException e) {
      return new Refused(Message.of("wizard.documents.uploadInterrupted"));
    }
    if (result instanceof InspectionResult.Rejected rejected) {
      return new Refused(Message.of(rejected.messageKey(), rejected.messageArguments().toArray()));
    }
    InspectionResult.Accepted accepted = (InspectionResult.Accepted) result;
    try {
      String key = store.store(accepted.tempFile());
      return new Kept(new StoredEvidence(accepted.displayName(), key, accepted.type().mediaType()));
    } catch (IOException e) {
      try {
        Files.deleteIfExists(accepted.tempFile());
      } catch (IOException ignored) {
        // The incoming directory is swept; the upload is refused either way.
      }
      throw new UncheckedIOException("cannot store an accepted correction document", e);
    }
  }

  @Override
  public Optional<Opened> open(StoredEvidence evidence) {
    try {
      long size = store.size(evidence.storageKey());
      return Optional.of(new Opened(size, store.open(evidence.storageKey())));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a correction document", e);
    }
  }

  @Override
  public void discard(StoredEvidence evidence) {
    try {
      store.delete(evidence.storageKey());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove a correction document", e);
    }
  }
}
