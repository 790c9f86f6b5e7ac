/**
 * Uploaded claim documents (identity card, family card, savings book, photo, letters): checking
 * them by their content and keeping the accepted ones, behind the ports of {@code
 * application.document}.
 *
 * <p>{@link id.jht.portal.infrastructure.document.DocumentInspector} (the {@link
 * id.jht.portal.application.document.UploadInspection} port) streams an upload to a work file and
 * decides, from the bytes only, whether it is a readable JPG, PNG or PDF within the {@link
 * id.jht.portal.infrastructure.document.UploadLimits}; a rejection carries a {@link
 * id.jht.portal.application.document.RejectionReason} whose text lives in the resource bundle
 * {@code i18n/documents}. An accepted image is stored without its metadata (GPS position, device
 * serial), removed by a segment walk that never re-encodes a pixel (MetadataStripper; a walk of its
 * own because the image libraries either re-encode or cannot write JPEG segments back). A file that
 * passes the checks goes last to the {@link id.jht.portal.infrastructure.document.MalwareScanner}
 * port (clamd, fail closed). {@link id.jht.portal.infrastructure.document.DocumentStore} keeps
 * accepted files outside the web root under random keys ({@link
 * id.jht.portal.infrastructure.document.LocalDocumentStorage} offers it as the {@link
 * id.jht.portal.application.document.DocumentStorage} port), and {@link
 * id.jht.portal.infrastructure.document.ThumbnailMaker} draws small previews.
 *
 * <p>The file name a participant's browser sends is never trusted: it is only shown back (cleaned
 * by {@link id.jht.portal.infrastructure.document.FileNameSanitizer}) and never used to pick a path
 * or a type. Plain classes without CDI annotations; {@code infrastructure.config} wires them.
 */
package id.jht.portal.infrastructure.document;
