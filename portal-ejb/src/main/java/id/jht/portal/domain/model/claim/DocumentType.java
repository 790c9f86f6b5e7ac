package id.jht.portal.domain.model.claim;

/** Documents a participant uploads for a claim. */
public enum DocumentType {
  /** Identity card (e-KTP). */
  KTP,
  /** Family card (Kartu Keluarga). */
  KK,
  /** Savings-book page of an account in the participant's own name. */
  SAVINGS_BOOK,
  /** Recent front-facing photo. */
  PHOTO,
  /** Tax number card. */
  NPWP,
  /** Employer's retirement letter (retirement under a collective labour agreement). */
  RETIREMENT_LETTER,
  /** Letter that a fixed-term contract ended. */
  CONTRACT_END_LETTER,
  /** Self-employed participant's statement of having stopped working. */
  STOPPED_WORKING_STATEMENT,
  /** Employer's letter that employment ended. */
  PAKLARING,
  /** Proof of termination: labour-office receipt, joint agreement or court ruling. */
  TERMINATION_PROOF,
  PASSPORT,
  /** Statement of no longer working in Indonesia. */
  NOT_WORKING_IN_INDONESIA_STATEMENT,
  /** Doctor's statement of total permanent disability. */
  DOCTOR_STATEMENT,
  /** Identity card of the heir claiming after a death. */
  HEIR_KTP,
  DEATH_CERTIFICATE,
  HEIRSHIP_PROOF,
  /** Statement of still working or having stopped, for the partial claim for other needs. */
  STILL_WORKING_OR_STOPPED_STATEMENT,
  /** The bank's housing documents, for the partial claim for housing. */
  HOUSING_BANK_DOCUMENTS;

  /** Resource bundle key of the label, e.g. {@code document.KTP}. */
  public String messageKey() {
    return "document." + name();
  }
}
