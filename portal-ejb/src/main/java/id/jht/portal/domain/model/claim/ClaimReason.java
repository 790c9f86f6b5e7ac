package id.jht.portal.domain.model.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * The eleven reasons a JHT claim can be made for, each with its share of the balance and the
 * documents it needs besides the ones every claim needs. Who may claim for which reason is decided
 * by {@link EligibilityRules}.
 */
public enum ClaimReason {
  RETIREMENT_AGE(100),
  RETIREMENT_AGREEMENT(100, DocumentType.RETIREMENT_LETTER),
  CONTRACT_END(100, DocumentType.CONTRACT_END_LETTER),
  SELF_EMPLOYED_STOPPED(100, DocumentType.STOPPED_WORKING_STATEMENT),
  RESIGNATION(100, DocumentType.PAKLARING),
  TERMINATION(100, DocumentType.TERMINATION_PROOF),
  LEAVING_INDONESIA(100, DocumentType.PASSPORT, DocumentType.NOT_WORKING_IN_INDONESIA_STATEMENT),
  TOTAL_DISABILITY(100, DocumentType.DOCTOR_STATEMENT),
  DEATH(100, DocumentType.HEIR_KTP, DocumentType.DEATH_CERTIFICATE, DocumentType.HEIRSHIP_PROOF),
  PARTIAL_OTHER(10, DocumentType.STILL_WORKING_OR_STOPPED_STATEMENT),
  PARTIAL_HOUSING(30, DocumentType.HOUSING_BANK_DOCUMENTS);

  /** Documents every claim needs, in the order the upload page shows them. */
  public static final List<DocumentType> COMMON_DOCUMENTS =
      List.of(DocumentType.KTP, DocumentType.KK, DocumentType.SAVINGS_BOOK, DocumentType.PHOTO);

  private final int sharePercent;
  private final List<DocumentType> extraDocuments;

  ClaimReason(int sharePercent, DocumentType... extraDocuments) {
    this.sharePercent = sharePercent;
    this.extraDocuments = List.of(extraDocuments);
  }

  /** Share of the balance paid out, in percent: 100, or 10 and 30 for the partial claims. */
  public int sharePercent() {
    return sharePercent;
  }

  /** True for the two partial claims, which leave the membership running. */
  public boolean isPartial() {
    return sharePercent < 100;
  }

  /** Documents this reason needs besides {@link #COMMON_DOCUMENTS} and the NPWP. */
  public List<DocumentType> extraDocuments() {
    return extraDocuments;
  }

  /**
   * Every document the claim needs, in upload order: KTP, KK, savings book, photo, this reason's
   * extra documents, and the NPWP last when it is required.
   */
  public List<DocumentType> requiredDocuments(boolean npwpRequired) {
    List<DocumentType> documents = new ArrayList<>(COMMON_DOCUMENTS);
    documents.addAll(extraDocuments);
    if (npwpRequired) {
      documents.add(DocumentType.NPWP);
    }
    return List.copyOf(documents);
  }

  /**
   * Documents the participant may add: the NPWP when it is not required (with it, less tax is
   * withheld).
   */
  public List<DocumentType> optionalDocuments(boolean npwpRequired) {
    return npwpRequired ? List.of() : List.of(DocumentType.NPWP);
  }

  /** Resource bundle key of the label, e.g. {@code reason.RESIGNATION}. */
  public String messageKey() {
    return "reason." + name();
  }
}
