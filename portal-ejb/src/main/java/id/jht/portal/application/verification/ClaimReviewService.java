package id.jht.portal.application.verification;

import id.jht.portal.application.audit.AuditTrail;
import id.jht.portal.application.document.DocumentStorage;
import id.jht.portal.application.staff.StaffIdentity;
import id.jht.portal.domain.model.claim.Claim;
import id.jht.portal.domain.model.claim.ClaimDocument;
import id.jht.portal.domain.model.claim.Claims;
import id.jht.portal.domain.model.claim.DocumentSlots;
import id.jht.portal.domain.model.contact.BankAccount;
import id.jht.portal.domain.model.contact.MobileNumber;
import id.jht.portal.domain.model.queue.ClaimTickets;
import id.jht.portal.domain.model.queue.QueueTicket;
import id.jht.portal.domain.model.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a claim for verification, by the id of its queue ticket, and opens its documents for the
 * authorised document handler. Opening a claim and viewing a document are audited: both show a
 * participant's personal data.
 */
@Stateless
public class ClaimReviewService {

  @Inject Claims claims;
  @Inject DocumentSlots slots;
  @Inject ClaimTickets tickets;
  @Inject StaffGate gate;
  @Inject AuditTrail audit;
  @Inject DocumentStorage store;

  /**
   * Opens the claim of a ticket for verification, audited.
   *
   * @return empty for an unknown ticket
   * @throws VerificationAccessDeniedException if the ticket or claim belongs to a branch the caller
   *     may not work
   */
  public Optional<ClaimReview> open(long ticketId, String clientAddress) {
    return read(ticketId, clientAddress, true);
  }

  /** The same as {@link #open} without a new audit line: the page refreshing after an action. */
  public Optional<ClaimReview> reload(long ticketId, String clientAddress) {
    return read(ticketId, clientAddress, false);
  }

  /**
   * Opens a stored document of a claim the caller may work; the caller streams and closes it.
   *
   * @return empty for an unknown document, a type that is not shown inline, or a missing file
   * @throws VerificationAccessDeniedException if the document's claim is of another branch
   */
  public Optional<DocumentFile> document(long documentId, String clientAddress) {
    StaffIdentity who = gate.caller();
    ClaimDocument document = slots.find(documentId).orElse(null);
    if (document == null) {
      return Optional.empty();
    }
    Claim claim = claims.find(document.getClaimId()).orElse(null);
    gate.requireBranch(
        who,
        claim == null || claim.getBranch() == null ? null : claim.getBranch().getId(),
        "CLAIM_DOCUMENT",
        documentId,
        clientAddress);
    Optional<String> fileName =
        DocumentFileNames.fileName(
            documentId, document.getDocumentType().name(), document.getContentType());
    if (fileName.isEmpty()) {
      return Optional.empty();
    }
    InputStream content;
    long size;
    try {
      size = store.size(document.getStorageKey());
      content = store.open(document.getStorageKey());
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored document", e);
    }
    audit.record(
        StaffGate.actor(who, clientAddress),
        "CLAIM_DOCUMENT_VIEWED",
        "CLAIM_DOCUMENT",
        documentId,
        "claim " + document.getClaimId() + ", " + document.getDocumentType());
    return Optional.of(new DocumentFile(fileName.get(), document.getContentType(), size, content));
  }

  private Optional<ClaimReview> read(long ticketId, String clientAddress, boolean audited) {
    StaffIdentity who = gate.caller();
    QueueTicket ticket = tickets.find(ticketId).orElse(null);
    if (ticket == null) {
      return Optional.empty();
    }
    gate.requireBranch(who, ticket.getBranchId(), "QUEUE_TICKET", ticketId, clientAddress);
    Claim claim = claims.find(ticket.getClaimId()).orElse(null);
    if (claim == null) {
      return Optional.empty();
    }
    // A claim moved to another branch after this ticket belongs to that branch now.
    gate.requireBranch(
        who,
        claim.getBranch() == null ? null : claim.getBranch().getId(),
        "CLAIM",
        claim.getId(),
        clientAddress);
    if (audited) {
      audit.record(
          StaffGate.actor(who, clientAddress),
          "CLAIM_OPENED",
          "CLAIM",
          claim.getId(),
          "ticket " + ticket.getTicketNumber());
    }
    return Optional.of(assemble(who, ticket, claim));
  }

  private ClaimReview assemble(StaffIdentity who, QueueTicket ticket, Claim claim) {
    QueueTicket latest = tickets.latest(claim.getId()).orElse(ticket);
    boolean ticketActive = latest.getStatus().isActive();
    Set<String> allowed = new LinkedHashSet<>();
    for (Decision decision : Decision.values()) {
      boolean roleAllows = !decision.supervisorsOnly() || who.role() != StaffRole.OFFICER;
      if (roleAllows && decision.allowedFrom(claim.getStatus(), ticketActive)) {
        allowed.add(decision.name());
      }
    }
    BankAccount account = claim.getBankAccount();
    return new ClaimReview(
        claim.getId(),
        claims.version(claim.getId()),
        claim.getStatus().name(),
        ticket.getId(),
        ticket.getTicketNumber(),
        ticket.getStatus().name(),
        ticket.getDesk(),
        claim.getBranch() == null ? null : claim.getBranch().getCode(),
        claim.getBranch() == null ? null : claim.getBranch().getName(),
        claim.getBranch() == null ? null : claim.getBranch().getZoneId().getId(),
        ticket.getServiceDate(),
        ticket.getSessionCode(),
        claim.getParticipant().getFullName().value(),
        claim.getParticipant().getNik().masked(),
        claim.getMembership().getKpj().masked(),
        claim.getReason() == null ? null : claim.getReason().name(),
        claim.getPayableAmount(),
        claim.getBalanceAtSubmission(),
        account == null ? null : account.bank().name(),
        account == null ? null : account.maskedNumber(),
        claim.getAccountHolder() == null ? null : claim.getAccountHolder().value(),
        ClaimRecords.recipient(claim),
        MobileNumber.textOf(claim.getPhone()),
        documents(claim.getId()),
        timeline(claim.getId()),
        allowed);
  }

  private List<ReviewedDocument> documents(long claimId) {
    return slots.of(claimId).stream()
        .map(
            d ->
                new ReviewedDocument(
                    d.getId(),
                    d.getDocumentType().name(),
                    d.getContentType(),
                    d.getSizeBytes(),
                    d.getWidth(),
                    d.getHeight(),
                    d.getPageCount(),
                    d.getReviewStatus().name(),
                    d.getReviewNote(),
                    d.getUploadedAt()))
        .toList();
  }

  private List<TimelineEntry> timeline(long claimId) {
    return claims.events(claimId).stream()
        .map(
            e ->
                new TimelineEntry(
                    e.getId(), e.getType(), e.getOccurredAt(), e.getActor(), e.getNote()))
        .toList();
  }
}
