package id.jht.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo data files load as written, and a gap in them stops the generator at once. */
class DemoResourceTest {

  private final DemoResource cultures = DemoResource.properties("demo/naming-cultures.properties");

  @Test
  void listsAndOptionalFieldsReadAsWritten() {
    DemoResource.Table aceh = cultures.table("ACEH");

    assertEquals("Teuku", aceh.optionalText("malePrefix"));
    assertNull(cultures.table("JAVANESE").optionalText("malePrefix"));
    assertTrue(aceh.names("homeTowns").contains("Banda Aceh"));
    assertEquals(List.of(), cultures.table("DAYAK").names("femaleSecondNames"));
  }

  @Test
  void aMissingFieldOrFileIsAnErrorNotAnEmptyTable() {
    assertThrows(IllegalStateException.class, () -> cultures.table("NO_SUCH").text("style"));
    assertThrows(IllegalStateException.class, () -> DemoResource.properties("demo/missing"));
  }

  @Test
  void everyNamingTraditionAndProvinceLoads() {
    for (NamingCulture culture : NamingCulture.values()) {
      assertTrue(culture.homeTown(new java.util.Random(1)).length() > 1, culture.name());
    }
    assertEquals("Aceh", ProvinceProfiles.forProvince("Aceh").name());
  }
}
