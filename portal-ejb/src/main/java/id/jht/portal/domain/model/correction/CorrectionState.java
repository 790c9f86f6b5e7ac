package id.jht.portal.domain.model.correction;

/** The life of a correction request: submitted, then decided once. */
public enum CorrectionState {
  SUBMITTED,
  ACCEPTED,
  REFUSED
}
