/**
 * Use case: a participant's claim from the identity step to submission, saved as a draft after
 * every step so nothing is lost and nothing is half-written.
 *
 * <p>The claim, its documents and its tickets are read and stored through the domain's repositories
 * ({@code Claims}, {@code DocumentSlots}, {@code ClaimTickets}); files through the ports of {@code
 * application.document}. {@link id.jht.portal.application.claim.DocumentUpload} is the one upload
 * path, also for the re-upload of {@code application.booking}.
 */
package id.jht.portal.application.claim;
