package id.jht.portal.domain.model.correction;

/** What a correction request asks the branch to correct. */
public enum CorrectionKind {
  /** The membership is still active in the registry although the employment has ended. */
  MEMBERSHIP_STATUS,
  /** The name or birth date in the registry differs from the e-KTP. */
  IDENTITY_DATA
}
