package id.jht.portal.interfaces.form;

import java.io.Serializable;

/**
 * A name typed in both of the portal's languages, Indonesian and English: a public holiday's, an
 * API channel's (the lock sentence names the channel in the reader's language).
 */
public abstract class BilingualNameForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nameId;
  private String nameEn;

  public String getNameId() {
    return nameId;
  }

  public void setNameId(String nameId) {
    this.nameId = nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
