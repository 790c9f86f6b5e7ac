package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.claim.ContactDetails;
import id.jht.portal.application.claim.ValidationFailedException;
import id.jht.portal.domain.model.contact.Bank;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Step 3: contact and bank details. */
@Named
@RequestScoped
public class ContactStepBean extends WizardStep {

  private static final long serialVersionUID = 1L;

  private String email;
  private String phone;
  private String motherMaidenName;
  private String bankCode;
  private String accountNumber;
  private String accountHolder;
  private String npwp;

  @Override
  protected int step() {
    return 3;
  }

  @Override
  protected String formId() {
    return "contact";
  }

  @Override
  protected void onLoad() {
    ContactDetails saved = draft.contact();
    email = saved.email();
    phone = saved.phone();
    motherMaidenName = saved.motherMaidenName();
    bankCode = saved.bankCode();
    accountNumber = saved.accountNumber();
    accountHolder = saved.accountHolder() != null ? saved.accountHolder() : draft.fullName();
    npwp = saved.npwp();
  }

  public String save() {
    try {
      drafts.saveContact(
          participant.getClaimId(),
          participant.getParticipantId(),
          new ContactDetails(
              email, phone, motherMaidenName, bankCode, accountNumber, accountHolder, npwp));
      return next();
    } catch (ValidationFailedException rejected) {
      show(rejected);
      return null;
    }
  }

  /** Whether the mother's maiden name was checked before and is shown masked. */
  public boolean isMotherMaidenNameKept() {
    return draft != null && draft.contact().motherMaidenName() != null;
  }

  public Bank[] getBanks() {
    return Bank.values();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getMotherMaidenName() {
    return motherMaidenName;
  }

  public void setMotherMaidenName(String motherMaidenName) {
    this.motherMaidenName = motherMaidenName;
  }

  public String getBankCode() {
    return bankCode;
  }

  public void setBankCode(String bankCode) {
    this.bankCode = bankCode;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getAccountHolder() {
    return accountHolder;
  }

  public void setAccountHolder(String accountHolder) {
    this.accountHolder = accountHolder;
  }

  public String getNpwp() {
    return npwp;
  }

  public void setNpwp(String npwp) {
    this.npwp = npwp;
  }
}
