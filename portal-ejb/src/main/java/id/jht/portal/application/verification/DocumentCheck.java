package id.jht.portal.application.verification;

import id.jht.portal.domain.model.claim.ReviewStatus;
import java.io.Serializable;

/**
 * An officer's tick for one document in the checklist.
 *
 * @param documentId the {@code claim_document} id
 * @param verdict ACCEPTED or REUPLOAD; {@code null} (or PENDING) leaves the document as it is
 * @param note the reason a re-upload is needed (required then), shown to the participant
 */
public record DocumentCheck(long documentId, ReviewStatus verdict, String note)
    implements Serializable {}
