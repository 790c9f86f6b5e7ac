/**
 * JHT claims and the rules about them. The pure-Java core: the eleven {@link
 * id.jht.portal.domain.model.claim.ClaimReason claim reasons} with their share of the balance and
 * their documents, and the eligibility rules that decide whether a participant may claim for a
 * reason today, and if not, why and what to do.
 *
 * <p>All eligibility rules live in {@link id.jht.portal.domain.model.claim.EligibilityRules}; the
 * numbers they use (retirement age, waiting periods, membership years, NPWP threshold) come from
 * {@link id.jht.portal.domain.model.claim.EligibilityPolicy}, because regulation changes them.
 *
 * <p>The claim's lifecycle is the table in {@link id.jht.portal.domain.model.claim.ClaimAction}:
 * the aggregate {@link id.jht.portal.domain.model.claim.Claim} changes its status only through one
 * method per business action (submit, call, requeue, start verification, request documents, receive
 * them, approve, reject, mark paid, cancel) and refuses any other with {@link
 * id.jht.portal.domain.model.claim.IllegalClaimTransitionException}. Rules elsewhere that must know
 * beforehand whether an action is possible ask the table instead of repeating it.
 *
 * <p>A {@link id.jht.portal.domain.model.claim.ClaimDocument} fills one {@link
 * id.jht.portal.domain.model.claim.DocumentType} slot and carries the officer's {@link
 * id.jht.portal.domain.model.claim.ReviewStatus}; both are stored by their constants' names.
 */
package id.jht.portal.domain.model.claim;
