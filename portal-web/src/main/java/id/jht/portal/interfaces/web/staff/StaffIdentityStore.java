package id.jht.portal.interfaces.web.staff;

import id.jht.portal.application.staff.StaffAuthenticationService;
import id.jht.portal.application.staff.StaffAuthenticationService.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Validates staff credentials against the staff accounts; the groups it returns are the role names.
 * The client address reaches the audit trail through {@link ClientAddressHolder}.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject StaffAuthenticationService authentication;
  @Inject ClientAddressHolder clientAddress;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Outcome outcome =
        authentication.authenticate(
            login.getCaller(), login.getPassword().getValue(), clientAddress.get());
    if (outcome instanceof Outcome.Success success) {
      return new CredentialValidationResult(
          success.identity().username(), Set.of(success.identity().role().name()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
