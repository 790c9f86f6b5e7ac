/**
 * What the use cases need of uploaded documents, as ports and values: {@link
 * id.jht.portal.application.document.UploadInspection} checks an upload by its content and answers
 * an {@link id.jht.portal.application.document.InspectionResult} (with a {@link
 * id.jht.portal.application.document.RejectionReason} and {@link
 * id.jht.portal.application.document.LocalizableText} arguments for the message), {@link
 * id.jht.portal.application.document.DocumentStorage} keeps accepted files under generated keys,
 * {@link id.jht.portal.application.document.Thumbnails} draws previews.
 *
 * <p>A use case that stores or lets go of a file in a transaction fires {@link
 * id.jht.portal.application.document.UncommittedFile} or {@link
 * id.jht.portal.application.document.ReleasedFile}; {@link
 * id.jht.portal.application.document.StoredFileCleanup} observes them after the transaction (on
 * failure, on success), so no use case writes a transaction synchronization of its own.
 *
 * <p>{@code infrastructure.document} implements them (Apache Tika, ImageIO, PDFBox, clamd, the file
 * system); nothing here knows how. This package depends on no other package of the portal.
 */
package id.jht.portal.application.document;
