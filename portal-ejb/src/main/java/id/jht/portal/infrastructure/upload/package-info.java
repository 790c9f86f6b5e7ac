/**
 * Chunked uploads that survive a dropped connection: the chunks a browser sends of one file
 * (PrimeFaces' chunked file upload, which is blueimp's jQuery File Upload underneath), kept until
 * the file is whole, then handed on as one file to the same inspection, malware scan, metadata
 * stripping and store as an upload sent in one piece.
 *
 * <p>{@link id.jht.portal.infrastructure.upload.ChunkedUploads} keeps each unfinished upload in a
 * folder of its own under the document directory (outside the web root, shared by all nodes), named
 * from a hash of its owner (the participant's draft) and the browser's file id, so nothing a
 * participant typed becomes a path and one draft never sees another's chunks. It answers how many
 * bytes from the start are held (the resume point) and refuses what no honest browser sends: a file
 * over the size limit, a chunk that is not on the chunk grid or longer than a chunk, or more open
 * uploads than a draft has slots. {@link id.jht.portal.infrastructure.upload.ChunkSweeper} deletes
 * uploads left unfinished; every step of the sweep is an idempotent file operation, so several
 * nodes may sweep at once.
 *
 * <p>Written here rather than taken from PrimeFaces: its own chunk store keys chunks by the file
 * name, date and size alone (any visitor's upload of a file with the same id lands in the same
 * folder), keeps them in the container's temporary folder and never deletes abandoned ones. The
 * wire protocol stays PrimeFaces' (Content-Range chunks, the {@code uploadedBytes} resume
 * question).
 */
package id.jht.portal.infrastructure.upload;
