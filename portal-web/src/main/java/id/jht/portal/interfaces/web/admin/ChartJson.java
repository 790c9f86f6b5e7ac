package id.jht.portal.interfaces.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which since PrimeFaces 15 takes the
 * Chart.js configuration as JSON (the former Java chart models were removed), built with JSON-P.
 * PrimeFaces writes the JSON as is into a script element, so {@link #scriptSafe} escapes {@code <},
 * {@code >} and {@code &} as well: a branch name can never close the script. Animations are off:
 * figures appear at once, for people who dislike motion and for tests alike.
 */
final class ChartJson {

  static final String BRAND = "#00563f";
  private static final String[] PALETTE = {
    "#00563f", "#2a7ab0", "#b36b00", "#7a3e9d", "#c0392b", "#16a085", "#8e6c00", "#34495e",
    "#d35400", "#27ae60", "#6d214f"
  };

  private ChartJson() {}

  /** A bar chart of one series; {@code horizontal} puts the labels on the vertical axis. */
  static String bar(
      List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal) {
    JsonObjectBuilder series =
        Json.createObjectBuilder()
            .add("label", text(seriesLabel))
            .add("data", numbers(values))
            .add("backgroundColor", BRAND);
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder options =
        baseOptions(false)
            .add("indexAxis", horizontal ? "y" : "x")
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
    return chart("bar", labels, series, options);
  }

  /** A doughnut chart, one colour per slice. */
  static String doughnut(List<String> labels, List<? extends Number> values) {
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < labels.size(); i++) {
      colours.add(PALETTE[i % PALETTE.length]);
    }
    JsonObjectBuilder series =
        Json.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", colours);
    return chart("doughnut", labels, series, baseOptions(true));
  }

  private static String chart(
      String type, List<String> labels, JsonObjectBuilder series, JsonObjectBuilder options) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(label -> labelArray.add(text(label)));
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labelArray)
                    .add("datasets", Json.createArrayBuilder().add(series)))
            .add("options", options)
            .build();
    return scriptSafe(config.toString());
  }

  private static JsonObjectBuilder baseOptions(boolean legend) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add(
                    "legend",
                    Json.createObjectBuilder().add("display", legend).add("position", "bottom")));
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Number n : values) {
      if (n instanceof Double || n instanceof Float) {
        double d = n.doubleValue();
        array.add(Double.isFinite(d) ? d : 0);
      } else {
        array.add(n.longValue());
      }
    }
    return array;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /**
   * JSON that stays inert inside an HTML script element. {@code < > &} and the JavaScript line
   * separators can only occur inside string literals in JSON text, where their {@code \}{@code u}
   * escapes mean the same characters.
   */
  static String scriptSafe(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        safe.append(String.format("\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }
}
