package id.jht.portal.domain.model.mail;

/** Repository of the outgoing mail: queued in the caller's transaction, sent after it commits. */
public interface OutgoingMails {

  void add(OutgoingMail mail);
}
