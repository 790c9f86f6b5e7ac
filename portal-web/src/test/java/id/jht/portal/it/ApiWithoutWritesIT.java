package id.jht.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jht.portal.infrastructure.demo.DemoCase;
import id.jht.portal.infrastructure.demo.ParticipantSeed;
import id.jht.portal.it.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The API's hot paths against MariaDB: a claim-lock lookup writes nothing to the database (its rate
 * limit is counted in the node's memory and merged into the cluster's, its key verified from
 * memory), and concurrent channel claims, new references side by side, all succeed: no deadlock,
 * and no count row to deadlock on.
 */
class ApiWithoutWritesIT extends FreshPortal {

  @Test
  void lookupsWriteNothingToTheDatabaseAndAreCountedInTheClustersMemory() throws Exception {
    String key = createChannel("it-reader", 1_000);
    ParticipantSeed blocked = demoParticipant(DemoCase.PARTIAL_10_YEARS);
    String kpj = blocked.memberships().get(0).kpj();
    String other = createChannel("it-other-side", 1_000);
    assertEquals(201, putClaim(other, "READ-1", blocked.nik(), kpj).statusCode());
    assertEquals(200, lookup(key, blocked.nik()).statusCode(), "first use of the key");

    Map<String, String> before = tableStates();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 80; i++) {
        String nik = i % 2 == 0 ? blocked.nik() : demoParticipant(DemoCase.STILL_ACTIVE).nik();
        answers.add(pool.submit(() -> lookup(key, nik)));
      }
      answers.add(pool.submit(() -> lookup("not-a-key", blocked.nik())));
      for (int i = 0; i < 80; i++) {
        HttpResponse<String> answer = answers.get(i).get();
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(
            i % 2 == 0,
            JSON.<Map<String, Object>>toType(answer.body(), Json.MAP_TYPE).get("blocked"),
            answer.body());
      }
      assertEquals(401, answers.get(80).get().statusCode());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, tableStates(), "no table's content or update time changed");
    // Counted in memory: the 80 and the first; a minute may have turned during the burst. The
    // filter counts in the node's memory and merges into the cluster's counters every
    // portal.rate-limits.merge-millis (250 ms): the cluster's count arrives within a few merges,
    // and then exactly.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> channelHits("api:it-reader") >= 81);
    assertEquals(81, channelHits("api:it-reader"));
    assertTheOldRateLimitTableIsGone();
  }

  @Test
  void concurrentClaimsUnderNeighbouringAndScatteredNewReferencesAllSucceed() throws Exception {
    String key = createChannel("it-writer", 100_000);
    // Not a person the lookup test expects to be free: these claims block whoever they name.
    ParticipantSeed person = demoParticipant(DemoCase.NON_ACTIVE_UNDER_ONE_MONTH);
    String kpj = person.memberships().get(0).kpj();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 320; i++) {
        String reference =
            i % 2 == 0
                ? String.format("SEQ-%06d", i)
                : String.format("%08x-RND", (i * 2_654_435_761L) & 0xffffffffL);
        answers.add(pool.submit(() -> putClaim(key, reference, person.nik(), kpj)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(201, response.statusCode(), response.body());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        320L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM channel_claim c JOIN api_channel a ON a.id = c.channel_id"
                + " WHERE a.code = 'it-writer'"));
    assertTheOldRateLimitTableIsGone();
  }

  private static void assertTheOldRateLimitTableIsGone() {
    assertEquals(
        0L,
        TestDatabase.count(
            "SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'rate_limit_window'"),
        "the old rate-limit table is gone (V85): nothing can count there any more");
  }

  /**
   * Every table of the portal's database with its checksum and InnoDB's time of its last change.
   */
  private static Map<String, String> tableStates() throws Exception {
    Map<String, String> states = new LinkedHashMap<>();
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT table_name, COALESCE(update_time, '-') FROM information_schema.tables"
                  + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                  + " ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
          states.put(rows.getString(1), rows.getString(2));
        }
      }
      for (String table : tables) {
        try (ResultSet sum = sql.executeQuery("CHECKSUM TABLE `" + table + "`")) {
          sum.next();
          states.merge(table, " " + sum.getString(2), String::concat);
        }
      }
    }
    assertTrue(states.size() > 20, states.keySet().toString());
    return states;
  }

  /** The channel's count in the current window of one minute and the two before. */
  private long channelHits(String bucket) throws Exception {
    long counted = 0;
    for (int windowsBack = 0; windowsBack < 3; windowsBack++) {
      counted += rateLimitHits(bucket, windowsBack);
    }
    return counted;
  }

  /** The channel's count in the window of one minute that began {@code windowsBack} ago. */
  private long rateLimitHits(String bucket, int windowsBack) throws Exception {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(
                URI.create(
                    base
                        + "api/test/rate-limits?windowMinutes=1&windowsBack="
                        + windowsBack
                        + "&bucket="
                        + bucket)));
    assertEquals(200, answer.statusCode(), answer.body());
    return Long.parseLong(
        (String) JSON.<Map<String, Object>>toType(answer.body(), Json.MAP_TYPE).get("hits"));
  }

  private String createChannel(String code, int perMinute) throws Exception {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(base + "api/test/channels"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.toJson(
                            Map.of(
                                "code",
                                code,
                                "nameId",
                                "kanal uji",
                                "nameEn",
                                "test channel",
                                "requestsPerMinute",
                                Integer.toString(perMinute))))));
    assertEquals(200, answer.statusCode(), answer.body());
    return (String) JSON.<Map<String, Object>>toType(answer.body(), Json.MAP_TYPE).get("key");
  }

  private HttpResponse<String> lookup(String key, String nik) throws Exception {
    return send(
        api("v1/claim-locks/lookup", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(Map.of("nik", nik)))));
  }

  private HttpResponse<String> putClaim(String key, String reference, String nik, String kpj)
      throws Exception {
    Map<String, String> body =
        Map.of("nik", nik, "kpj", kpj, "branchCode", "JSL", "status", "SUBMITTED");
    return send(
        api("v1/channel-claims/" + reference, key)
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
  }

  private HttpRequest.Builder api(String path, String key) {
    return HttpRequest.newBuilder(URI.create(base + "api/" + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + key);
  }
}
