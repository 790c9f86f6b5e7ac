package id.jht.portal.interfaces.rest.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ready-made sentence in Indonesian and English. */
@Schema(name = "LocalizedText")
public class LocalizedText {

  @Schema(
      description = "Bahasa Indonesia",
      example =
          "Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan masih dalam"
              + " proses klaim JHT di Lapak Asik Kantor Cabang Jakarta Salemba")
  private String id;

  @Schema(
      description = "English",
      example =
          "The data update cannot continue in the JMO app because a JHT claim is still in"
              + " process at Lapak Asik, branch office Jakarta Salemba")
  private String en;

  public LocalizedText() {}

  public LocalizedText(String id, String en) {
    this.id = id;
    this.en = en;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }
}
