package id.jht.portal.interfaces.rest.v1;

/** JSON examples shown in the OpenAPI document. */
final class ApiExamples {

  static final String LOOKUP_REQUEST = "{\"nik\": \"3173014507900002\", \"kpj\": \"24017382915\"}";

  static final String BLOCKED =
      "{\"blocked\": true, \"locks\": [{\"channel\": \"lapak-asik\", \"channelName\": {\"id\":"
          + " \"Lapak Asik\", \"en\": \"Lapak Asik\"}, \"kind\": \"PENDING\", \"status\": \"OPEN\","
          + " \"branchCode\": \"JSL\", \"branchName\": \"Jakarta Salemba\", \"since\":"
          + " \"2026-03-02T05:00:00Z\", \"expiresAt\": \"2026-03-16T05:00:00Z\", \"message\":"
          + " {\"id\": \"Pengkinian data tidak dapat dilanjutkan pada aplikasi JMO, dikarenakan"
          + " masih dalam proses klaim JHT di Lapak Asik Kantor Cabang Jakarta Salemba\", \"en\":"
          + " \"The data update cannot continue in the JMO app because a JHT claim is still in"
          + " process at Lapak Asik, branch office Jakarta Salemba\"}}]}";

  static final String UNBLOCKED = "{\"blocked\": false, \"locks\": []}";

  static final String CHANNEL_CLAIM_REQUEST =
      "{\"nik\": \"3173014507900002\", \"kpj\": \"24017382915\", \"fullName\": \"Siti"
          + " Rahmawati\", \"branchCode\": \"JSL\", \"status\": \"SUBMITTED\"}";

  static final String CHANNEL_CLAIM =
      "{\"reference\": \"JMO-2026-000123\", \"nik\": \"31************02\", \"kpj\":"
          + " \"24*******15\", \"branchCode\": \"JSL\", \"status\": \"SUBMITTED\", \"blocking\":"
          + " true, \"createdAt\": \"2026-03-02T05:00:00Z\", \"updatedAt\":"
          + " \"2026-03-02T05:00:00Z\"}";

  static final String INVALID_NIK =
      "{\"code\": \"INVALID_FIELD\", \"message\": \"The NIK must have 16 digits; you entered"
          + " 3.\", \"field\": \"nik\"}";

  static final String CONFLICT =
      "{\"code\": \"CONFLICT\", \"message\": \"This reference is already used for another"
          + " participant (different NIK or KPJ).\"}";

  private ApiExamples() {}
}
