package id.jht.portal.interfaces.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.DiskFileItem;

/**
 * A multipart request as the pages read it after {@link MultipartFilter}: the parameters are the
 * query string's and the form fields', the parts every part of the body, as the container would
 * give them.
 */
final class MultipartRequest extends HttpServletRequestWrapper {

  private final Map<String, String[]> parameters;
  private final List<Part> parts;
  private final Charset charset;

  MultipartRequest(
      HttpServletRequest request, List<DiskFileItem> items, Charset charset, Path folder)
      throws IOException {
    super(request);
    Map<String, List<String>> values = queryParameters(request.getQueryString());
    List<Part> all = new ArrayList<>();
    for (DiskFileItem item : items) {
      if (item.isFormField()) {
        values
            .computeIfAbsent(item.getFieldName(), name -> new ArrayList<>())
            .add(item.getString(charset));
      }
      all.add(new UploadedPart(item, folder));
    }
    Map<String, String[]> map = new LinkedHashMap<>();
    values.forEach((name, list) -> map.put(name, list.toArray(String[]::new)));
    this.parameters = Collections.unmodifiableMap(map);
    this.parts = List.copyOf(all);
    this.charset = charset;
  }

  /**
   * The query string's parameters, read here: asking the container for them would have it try to
   * parse the body as well, which the filter has already read. In UTF-8, as the container reads
   * addresses.
   */
  static Map<String, List<String>> queryParameters(String query) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return values;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.computeIfAbsent(decoded(name), key -> new ArrayList<>()).add(decoded(value));
    }
    return values;
  }

  /** A query string's part as the container decodes it; a broken escape is kept as it came. */
  private static String decoded(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException brokenEscape) {
      return encoded;
    }
  }

  /** The charset the fields were read with, so that nothing after reads them with another. */
  @Override
  public String getCharacterEncoding() {
    return charset.name();
  }

  @Override
  public String getParameter(String name) {
    String[] given = parameters.get(name);
    return given == null ? null : given[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] given = parameters.get(name);
    return given == null ? null : given.clone();
  }

  @Override
  public Collection<Part> getParts() {
    return parts;
  }

  @Override
  public Part getPart(String name) {
    return parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
  }
}
