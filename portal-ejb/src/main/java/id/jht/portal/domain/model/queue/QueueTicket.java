package id.jht.portal.domain.model.queue;

import id.jht.portal.domain.model.entity.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A queue number for one branch, working day and session, linked to a claim. */
@Entity
@Table(name = "queue_ticket")
public class QueueTicket extends VersionedEntity {

  private Long claimId;
  private Long branchId;
  private LocalDate serviceDate;
  private String sessionCode;
  private int sequenceNo;
  private String ticketNumber;
  private String bookingCode;

  @Enumerated(EnumType.STRING)
  private TicketStatus status;

  private Long activeParticipantId;
  private String calledBy;
  private String desk;
  private Instant calledAt;
  private Instant createdAt;

  protected QueueTicket() {}

  public QueueTicket(
      Long claimId,
      Long participantId,
      Long branchId,
      LocalDate serviceDate,
      String sessionCode,
      int sequenceNo,
      String ticketNumber,
      String bookingCode,
      Instant createdAt) {
    this.claimId = claimId;
    this.activeParticipantId = participantId;
    this.branchId = branchId;
    this.serviceDate = serviceDate;
    this.sessionCode = sessionCode;
    this.sequenceNo = sequenceNo;
    this.ticketNumber = ticketNumber;
    this.bookingCode = bookingCode;
    this.status = TicketStatus.WAITING;
    this.createdAt = createdAt;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Long getBranchId() {
    return branchId;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getSessionCode() {
    return sessionCode;
  }

  public int getSequenceNo() {
    return sequenceNo;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public String getBookingCode() {
    return bookingCode;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public String getDesk() {
    return desk;
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void call(String officer, String desk, Instant now) {
    this.status = TicketStatus.CALLED;
    this.calledBy = officer;
    this.desk = desk;
    this.calledAt = now;
  }

  /** Ends the ticket; it keeps its number, and frees the person for a new booking. */
  public void close(TicketStatus finalStatus) {
    if (finalStatus.isActive()) {
      throw new IllegalArgumentException("not a final status: " + finalStatus);
    }
    this.status = finalStatus;
    this.activeParticipantId = null;
  }
}
