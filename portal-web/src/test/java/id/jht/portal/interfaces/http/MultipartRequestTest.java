package id.jht.portal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartRequestTest {

  @Test
  void theQueryStringIsReadAsTheContainerReadsIt() {
    Map<String, List<String>> read =
        MultipartRequest.queryParameters("a=1&b=Sido%20arjo+baru&a=2&flag&&c=%zz&d=%C3%A9");
    assertEquals(List.of("1", "2"), read.get("a"));
    assertEquals(List.of("Sido arjo baru"), read.get("b"));
    assertEquals(List.of(""), read.get("flag"));
    assertEquals(List.of("%zz"), read.get("c"), "a broken escape is kept as it came");
    assertEquals(List.of("é"), read.get("d"));
    assertEquals(List.of("a", "b", "flag", "c", "d"), List.copyOf(read.keySet()));
  }

  @Test
  void noQueryStringGivesNoParameters() {
    assertTrue(MultipartRequest.queryParameters(null).isEmpty());
    assertTrue(MultipartRequest.queryParameters("").isEmpty());
  }
}
