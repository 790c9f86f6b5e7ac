package id.jht.portal.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** The chart configurations are valid JSON with the figures where Chart.js expects them. */
class ChartJsonTest {

  @Test
  @SuppressWarnings("unchecked")
  void aHorizontalBarChartPutsTheValuesOnTheXAxis() {
    Map<String, Object> config =
        parse(ChartJson.bar(List.of("JSL", "SDA"), List.of(40, 7), "Kuota", true));

    assertEquals("bar", config.get("type"));
    Map<String, Object> options = (Map<String, Object>) config.get("options");
    assertEquals("y", options.get("indexAxis"));
    Map<String, Object> data = (Map<String, Object>) config.get("data");
    assertEquals(List.of("JSL", "SDA"), data.get("labels"));
    Map<String, Object> series = ((List<Map<String, Object>>) data.get("datasets")).get(0);
    assertEquals(List.of(40L, 7L), series.get("data"));
    Map<String, Object> x =
        (Map<String, Object>) ((Map<String, Object>) options.get("scales")).get("x");
    assertEquals(true, x.get("beginAtZero"));
    assertEquals(false, options.get("animation"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void labelsCannotCloseTheScriptTheyAreWrittenInto() {
    String json = ChartJson.doughnut(List.of("PHK \"massal\" </script>\n"), List.of(3L));

    assertFalse(json.contains("</script>"));
    Map<String, Object> data = (Map<String, Object>) parse(json).get("data");
    assertEquals(List.of("PHK \"massal\" </script>\n"), data.get("labels"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return new Json().toType(json, Map.class);
  }
}
