package id.jht.portal.interfaces.web.claim;

import id.jht.portal.application.correction.CorrectionView;
import id.jht.portal.application.correction.IdentityCorrectionService;
import id.jht.portal.domain.model.correction.EktpData;
import id.jht.portal.domain.shared.InvalidValueException;
import id.jht.portal.interfaces.form.IdentifierForm;
import id.jht.portal.interfaces.http.ClientAddress;
import id.jht.portal.interfaces.web.support.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * "My data differ from the e-KTP" ({@code /claim/identity-correction.xhtml}), for someone the
 * identity step cannot match: the request with the e-KTP's data and photo, and the look-up of a
 * request's state by NIK and the reference mailed to the registered address. Stateless like the
 * identity step; the same answer whatever the NIK, only malformed input named at its field.
 */
@Named
@RequestScoped
public class IdentityCorrectionBean extends IdentifierForm {

  private static final String FORM = "ektp";
  private static final String LOOKUP = "lookup";

  @Inject IdentityCorrectionService service;
  @Inject FacesMessages messages;
  @Inject ClientAddress clientAddress;

  private LocalDate birthDate;
  private String statement;
  private transient Part photo;
  private boolean received;

  private String lookupNik;
  private String reference;
  private CorrectionView found;

  public void submit() {
    if (photo == null || photo.getSize() == 0) {
      messages.error(FORM + ":photo", "correction.identity.photo.required");
      return;
    }
    try (InputStream content = photo.getInputStream()) {
      IdentityCorrectionService.Answer answer =
          service.submit(
              getNik(),
              getKpj(),
              new EktpData(getFullName(), birthDate),
              statement,
              photo.getSubmittedFileName(),
              photo.getContentType(),
              content,
              clientAddress.get());
      if (answer instanceof IdentityCorrectionService.DocumentRefused refused) {
        messages.error(FORM + ":photo", refused.message());
      } else if (answer instanceof IdentityCorrectionService.Throttled throttled) {
        messages.error(
            null, "correction.identity.throttled", messages.dateTime(throttled.until(), null));
      } else {
        received = true;
        messages.info(null, "correction.identity.received");
      }
    } catch (IOException e) {
      messages.error(FORM + ":photo", "wizard.documents.uploadInterrupted");
    } catch (InvalidValueException invalid) {
      messages.error(FORM + ":" + invalid.field(), invalid.message());
    }
  }

  public void lookUp() {
    try {
      IdentityCorrectionService.Lookup answer =
          service.state(lookupNik, reference, clientAddress.get());
      if (answer instanceof IdentityCorrectionService.Found hit) {
        found = hit.request();
      } else if (answer instanceof IdentityCorrectionService.LookupThrottled throttled) {
        messages.error(
            null, "correction.identity.throttled", messages.dateTime(throttled.until(), null));
      } else {
        messages.error(LOOKUP + ":reference", "correction.identity.lookup.notFound");
      }
    } catch (InvalidValueException invalid) {
      String field = "reference".equals(invalid.field()) ? "reference" : "lookupNik";
      messages.error(LOOKUP + ":" + field, invalid.message());
    }
  }

  public String date(LocalDate date) {
    return date == null ? "" : String.valueOf(messages.format(date));
  }

  public boolean isReceived() {
    return received;
  }

  public CorrectionView getFound() {
    return found;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }

  public String getLookupNik() {
    return lookupNik;
  }

  public void setLookupNik(String lookupNik) {
    this.lookupNik = lookupNik;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
