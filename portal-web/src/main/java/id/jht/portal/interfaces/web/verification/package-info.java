/**
 * The officers' claim verification pages: {@code /staff/claims/claim.xhtml?ticket=ID} (the claim of
 * a queue ticket, its documents, the checklist and the decisions) and the document handler {@code
 * /staff/claims/document?id=ID}. Both only pass requests to {@link
 * id.jht.portal.application.verification}, which authorises every one of them.
 */
package id.jht.portal.interfaces.web.verification;
