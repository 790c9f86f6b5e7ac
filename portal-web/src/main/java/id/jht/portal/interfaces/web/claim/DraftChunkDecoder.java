package id.jht.portal.interfaces.web.claim;

import id.jht.portal.infrastructure.upload.ChunkRange;
import id.jht.portal.infrastructure.upload.ChunkRefusedException;
import id.jht.portal.infrastructure.upload.ChunkedUploads;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.NativeFileUploadDecoder;
import org.primefaces.model.file.NIOUploadedFile;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFileWrapper;

/**
 * PrimeFaces' native upload decoder with a chunk store of the portal's own: the chunks of a
 * participant's upload belong to the draft the session works on, live in {@link ChunkedUploads}
 * (outside the web root, swept when abandoned) and, once whole, reach the slot's upload listener as
 * one file that goes through exactly the checks an upload sent in one piece does. PrimeFaces picks
 * it over its own because it is listed first under the name "native" (META-INF/services); its
 * {@code FileUploadChunksServlet} asks it the resume point ({@code uploadedBytes}) and to delete a
 * cancelled upload's chunks.
 *
 * <p>After every chunk the answer carries a {@code Range} header with the bytes held from the
 * start: jQuery File Upload sends on from there, so a missing chunk is sent again and a refused
 * upload (its range said to be complete) stops at once and shows the refusal at its slot.
 */
public class DraftChunkDecoder extends NativeFileUploadDecoder {

  private static final Logger LOG = Logger.getLogger(DraftChunkDecoder.class.getName());

  private static final String FILE_ID = "X-File-Id";

  @Override
  public void decodeContentRange(
      FileUpload fileUpload, HttpServletRequest request, UploadedFile chunk) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Optional<ChunkRange> range = ChunkRange.parse(getContentRange(request));
    String fileId = request.getParameter(FILE_ID);
    Optional<String> owner = owner();
    if (range.isEmpty() || fileId == null || owner.isEmpty()) {
      refuse(faces, fileUpload, chunk, range, ChunkRefusedException.Reason.MALFORMED);
      return;
    }
    ChunkedUploads uploads = uploads();
    long held;
    try (InputStream body = chunk.getInputStream()) {
      held = uploads.receive(owner.get(), fileId, range.get(), body);
    } catch (ChunkRefusedException refused) {
      refuse(faces, fileUpload, chunk, range, refused.reason());
      return;
    } catch (IOException failed) {
      unavailable(faces, failed);
      return;
    }
    if (held > 0) {
      faces.getExternalContext().setResponseHeader("Range", "0-" + (held - 1));
    }
    if (held < range.get().total()) {
      // Nothing changes on the page until the file is whole: answer with the view state only.
      faces.getPartialViewContext().getRenderIds().clear();
      return;
    }
    Optional<Path> whole;
    try {
      whole = uploads.assemble(owner.get(), fileId);
    } catch (IOException failed) {
      unavailable(faces, failed);
      return;
    }
    if (whole.isEmpty()) {
      // Another request of the same upload took the chunks first (a retried last chunk).
      refuse(faces, fileUpload, chunk, range, ChunkRefusedException.Reason.MALFORMED);
      return;
    }
    fileUpload.setSubmittedValue(
        new UploadedFileWrapper(
            new NIOUploadedFile(
                whole.get(), chunk.getFileName(), chunk.getContentType(), null, null)));
  }

  @Override
  public long decodeUploadedBytes(HttpServletRequest request) {
    String fileId = request.getParameter(FILE_ID);
    Optional<String> owner = owner();
    if (fileId == null || owner.isEmpty()) {
      return 0;
    }
    return uploads().heldBytes(owner.get(), fileId);
  }

  @Override
  public void deleteChunks(HttpServletRequest request) throws IOException {
    String fileId = request.getParameter(FILE_ID);
    Optional<String> owner = owner();
    if (fileId != null && owner.isPresent()) {
      uploads().discard(owner.get(), fileId);
    }
  }

  /**
   * The portal could not keep or assemble the chunk (a full or failing disk): 503, which the page
   * retries a few times from the bytes held (documents-step.js) before it says at the slot that the
   * upload failed. Not the Faces error page: the participant's other uploads and answers stay.
   */
  private static void unavailable(FacesContext faces, IOException failed) {
    LOG.log(Level.WARNING, "A chunk could not be kept or assembled; answered 503", failed);
    ExternalContext external = faces.getExternalContext();
    external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    external.setResponseHeader("Retry-After", "1");
    faces.responseComplete();
  }

  /** Tells the browser the upload is over and the slot's listener why it was refused. */
  private static void refuse(
      FacesContext faces,
      FileUpload fileUpload,
      UploadedFile chunk,
      Optional<ChunkRange> range,
      ChunkRefusedException.Reason reason) {
    range.ifPresent(
        r -> faces.getExternalContext().setResponseHeader("Range", "0-" + (r.total() - 1)));
    fileUpload.setSubmittedValue(
        new UploadedFileWrapper(new RefusedChunkedUpload(chunk.getFileName(), reason)));
  }

  /** The draft this browser session works on; chunks of no draft are not kept. */
  private static Optional<String> owner() {
    ParticipantSession participant = CDI.current().select(ParticipantSession.class).get();
    if (!participant.isIdentified() || participant.getClaimId() == null) {
      return Optional.empty();
    }
    return Optional.of("draft-" + participant.getClaimId() + "-" + participant.getParticipantId());
  }

  private static ChunkedUploads uploads() {
    return CDI.current().select(ChunkedUploads.class).get();
  }
}
