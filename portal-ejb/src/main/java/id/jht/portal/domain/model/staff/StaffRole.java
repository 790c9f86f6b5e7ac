package id.jht.portal.domain.model.staff;

/** Staff roles, least privilege first. */
public enum StaffRole {
  /** Works the queue of their own branch. */
  OFFICER,
  /** Their branch, plus reports and overrides. */
  SUPERVISOR,
  /** Everything: branches, quotas, calendar, accounts, channels. */
  ADMINISTRATOR
}
