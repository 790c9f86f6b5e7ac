package id.jht.portal.application.correction;

/** What became of an officer's decision on a correction request. */
public enum CorrectionDecision {
  DECIDED,
  ALREADY_DECIDED,
  NOT_FOUND,
  /** Another branch's request: only the participant's home branch decides it. */
  OTHER_BRANCH
}
