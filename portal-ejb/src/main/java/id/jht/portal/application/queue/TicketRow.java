package id.jht.portal.application.queue;

import java.io.Serializable;

/**
 * One line of the officers' queue board. A class with getters, not a record: PrimeFaces tables and
 * Jakarta EL 5 read properties by getter.
 */
public class TicketRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String sessionCode;
  private final int sequenceNo;
  private final String ticketNumber;
  private final String status;
  private final String participantName;
  private final String desk;
  private final String calledBy;
  private final Documents documents;
  private final String claimStatus;

  /**
   * The claim's uploaded documents and the checklist so far, for preparing a later day's claims.
   *
   * @param uploaded documents in the claim
   * @param accepted of them, accepted by an officer
   * @param reupload of them, to be uploaded again
   */
  public record Documents(int uploaded, int accepted, int reupload) implements Serializable {

    /** Not yet looked at by an officer. */
    public int getUnchecked() {
      return uploaded - accepted - reupload;
    }

    public int getUploaded() {
      return uploaded;
    }

    public int getAccepted() {
      return accepted;
    }

    public int getReupload() {
      return reupload;
    }
  }

  public TicketRow(
      long id,
      String sessionCode,
      int sequenceNo,
      String ticketNumber,
      String status,
      String participantName,
      String desk,
      String calledBy,
      Documents documents,
      String claimStatus) {
    this.id = id;
    this.sessionCode = sessionCode;
    this.sequenceNo = sequenceNo;
    this.ticketNumber = ticketNumber;
    this.status = status;
    this.participantName = participantName;
    this.desk = desk;
    this.calledBy = calledBy;
    this.documents = documents;
    this.claimStatus = claimStatus;
  }

  public Documents getDocuments() {
    return documents;
  }

  /** The claim's status name, e.g. {@code QUEUED}. */
  public String getClaimStatus() {
    return claimStatus;
  }

  public long getId() {
    return id;
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

  public String getStatus() {
    return status;
  }

  public String getParticipantName() {
    return participantName;
  }

  public String getDesk() {
    return desk;
  }

  public String getCalledBy() {
    return calledBy;
  }

  /** Only a ticket still in the queue or at a desk can be marked as no-show. */
  public boolean isOpen() {
    return "WAITING".equals(status) || "CALLED".equals(status);
  }
}
