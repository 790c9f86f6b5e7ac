package id.jht.portal.interfaces.web.admin;

import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which since PrimeFaces 15 takes the
 * Chart.js configuration as JSON (the former Java chart models were removed). PrimeFaces writes the
 * JSON as is into a script element, so strings escape {@code <}, {@code >} and {@code &} as well: a
 * branch name can never close the script. Animations are off: figures appear at once, for people
 * who dislike motion and for tests alike.
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
    String valueAxis = horizontal ? "x" : "y";
    return "{\"type\":\"bar\",\"data\":{\"labels\":"
        + strings(labels)
        + ",\"datasets\":[{\"label\":"
        + string(seriesLabel)
        + ",\"data\":"
        + numbers(values)
        + ",\"backgroundColor\":"
        + string(BRAND)
        + "}]},\"options\":{"
        + baseOptions(false)
        + ",\"indexAxis\":"
        + string(horizontal ? "y" : "x")
        + ",\"scales\":{"
        + string(valueAxis)
        + ":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
  }

  /** A doughnut chart, one colour per slice. */
  static String doughnut(List<String> labels, List<? extends Number> values) {
    StringBuilder colours = new StringBuilder("[");
    for (int i = 0; i < labels.size(); i++) {
      colours.append(i == 0 ? "" : ",").append(string(PALETTE[i % PALETTE.length]));
    }
    colours.append(']');
    return "{\"type\":\"doughnut\",\"data\":{\"labels\":"
        + strings(labels)
        + ",\"datasets\":[{\"data\":"
        + numbers(values)
        + ",\"backgroundColor\":"
        + colours
        + "}]},\"options\":{"
        + baseOptions(true)
        + "}}";
  }

  private static String baseOptions(boolean legend) {
    return "\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
        + "\"plugins\":{\"legend\":{\"display\":"
        + legend
        + ",\"position\":\"bottom\"}}";
  }

  private static String strings(List<String> values) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "" : ",").append(string(values.get(i)));
    }
    return json.append(']').toString();
  }

  private static String numbers(List<? extends Number> values) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      Number n = values.get(i);
      json.append(i == 0 ? "" : ",");
      if (n instanceof Double || n instanceof Float) {
        double d = n.doubleValue();
        json.append(Double.isFinite(d) ? Double.toString(d) : "0");
      } else {
        json.append(n.longValue());
      }
    }
    return json.append(']').toString();
  }

  /** A JSON string literal, safe inside an HTML script element. */
  static String string(String value) {
    String text = value == null ? "" : value;
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
