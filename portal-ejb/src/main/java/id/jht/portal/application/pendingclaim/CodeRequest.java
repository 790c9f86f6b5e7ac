package id.jht.portal.application.pendingclaim;

import id.jht.portal.domain.shared.Message;

/**
 * The answer to a request for a one-time code (the same whether or not the data matched) and the id
 * of the challenge the second step continues with: a page without a session keeps only this id,
 * signed, never the typed NIK or KPJ.
 */
public record CodeRequest(Message answer, long challengeId) {}
