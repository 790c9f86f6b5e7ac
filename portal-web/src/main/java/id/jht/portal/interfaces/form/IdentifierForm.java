package id.jht.portal.interfaces.form;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The NIK, KPJ and name as typed, before any check: the identity step, the e-KTP correction and the
 * REST requests all take them. A form that does not ask for the name leaves it null; one that never
 * asks for it extends {@link NikKpjForm}. Which of the three a request requires is said by the
 * subclass's schema.
 */
public abstract class IdentifierForm extends NikKpjForm {

  private static final long serialVersionUID = 1L;

  @Schema(
      description = "The person's name as the caller knows it, for the name check",
      example = "Siti Rahmawati")
  private String fullName;

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }
}
