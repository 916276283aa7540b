package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The hostile requests, by category: each a request written byte for byte, what its answer must be, and whether
 * it may write (then the suite compares the tables before and after a refusal). Made from the spec where the
 * spec decides (every body field of the write operations of a few resources gets the values its type must
 * refuse), by hand where HTTP does (truncated bodies, headers, garbage).
 */
final class HostileProbes {
  /** What a probe's status must be. */
  record Expect(String what, IntPredicate accepts) {
    static Expect status(int status) {
      return new Expect(Integer.toString(status), s -> s == status);
    }

    static Expect oneOf(int... statuses) {
      return new Expect(java.util.Arrays.toString(statuses), s -> java.util.Arrays.stream(statuses).anyMatch(x -> x == s));
    }

    /** Any refusal of the request (4xx). */
    static Expect refused() {
      return new Expect("4xx", s -> s >= 400 && s < 500);
    }

    /** Whatever the server decides, as long as it answers (no 5xx but 505, checked for every probe). */
    static Expect answered() {
      return new Expect("an answer", s -> s > 0);
    }

    /** An answer, or the connection closed without one (some garbage is not worth a word). */
    static Expect answeredOrClosed() {
      return new Expect("an answer or a close", s -> true);
    }
  }

  /** One hostile request. */
  record Probe(String category, String name, byte[] request, boolean halfClose, boolean writes, Expect expect) {}

  static final String AUTH = "ODFHIR " + LiveServer.DEVELOPER_KEY + "/" + LiveServer.CUSTOMER_KEY;

  /** The resources whose write bodies are spoiled field by field, and the ids of their seeded rows. */
  private final Map<Resource, Long> targets;
  private final RowFactory rows;
  private final List<Probe> probes = new ArrayList<>();

  HostileProbes(Map<Resource, Long> targets, RowFactory rows) {
    this.targets = targets;
    this.rows = rows;
  }

  List<Probe> all() {
    malformedBodies();
    truncatedBodies();
    wrongTypesAndRanges();
    oddIds();
    oddDates();
    text();
    queries();
    headers();
    auth();
    methods();
    garbage();
    return probes;
  }

  // ---- categories

  private void malformedBodies() {
    List<String> bodies = List.of("{\"LName\":", "{\"LName\":\"a\"} x", "{\"LName\":\"a\"} {}", "{\"LName\":NaN}",
        "{\"LName\":Infinity}", "{'LName':'a'}", "{LName:\"a\"}", "{\"LName\":\"a\",}", "[1,]", "{\"LName\" \"a\"}",
        "{\"LName\":\"a\" \"FName\":\"b\"}", "]", "}", "{\"LName\":tru}", "{\"LName\":\"\\x\"}", "{\"Fee\":1e}",
        "{\"Fee\":-}", "{\"Fee\":.5}", "{\"Fee\":+1}", "{\"Fee\":0x10}", "// c\n{}", "#c\n{}", "{\"a\":1}}",
        "[".repeat(2000) + "]".repeat(2000), "{\"a\":" + "9".repeat(5000) + "}", "{\"a\":\"\t\"}",
        "{\"LName\":\"a\",\"LName\":\"b\"}", "\ufeff{\"LName\":\"a\"}x", "nul", "{\"a\":[1 2]}", "{\"a\":{\"b\"}}",
        "[]", "\"text\"", "42", "true", "null", "", " ", "\n", "{\"LName\":\"a\"}\u0000", "{\"LName\":\"\u0001\"}",
        "{\"a\":1" + ",\"b\":1".repeat(100) + "", "{\"LName\":\"a\"/*x*/}");
    for (Map.Entry<Resource, Long> target : targets.entrySet()) {
      Resource r = target.getKey();
      for (String body : bodies) {
        add("malformed body", "POST " + r.path() + " " + shown(body),
            request("POST", base() + r.path()).body(body).build(), true, Expect.status(400));
        if (r.name().equals("Patients")) {
          add("malformed body", "PUT " + r.path() + "/id " + shown(body),
              request("PUT", base() + r.path() + "/" + target.getValue()).body(body).build(), true, Expect.status(400));
        }
      }
    }
    for (byte[] bytes : List.of(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, new byte[] {'{', '"', 'a', '"',
        ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, new byte[] {(byte) 0x80, '{', '}'}, new byte[] {0, 0, 0, '{'})) {
      add("malformed body", "POST /patients bytes not UTF-8",
          request("POST", base() + "/patients").body(bytes).build(), true, Expect.status(400));
    }
  }

  private void truncatedBodies() {
    String json = "{\"LName\":\"Trunc\",\"FName\":\"Ated\"}";
    for (Map.Entry<Resource, Long> target : targets.entrySet()) {
      String path = base() + target.getKey().path();
      String item = path + "/" + target.getValue();
      for (int extra : new int[] {1, 10, 1000, 1_000_000}) {
        add("truncated body", "POST Content-Length +" + extra, request("POST", path).body(json)
            .contentLength(json.length() + extra).build(), true, true, Expect.status(400));
        add("truncated body", "PUT Content-Length +" + extra, request("PUT", item).body(json)
            .contentLength(json.length() + extra).build(), true, true, Expect.status(400));
      }
      add("truncated body", "chunk size not hex", request("POST", path).chunked("ZZ\r\n{}\r\n0\r\n\r\n").build(),
          true, true, Expect.status(400));
      add("truncated body", "huge chunk size", request("POST", path).chunked("FFFFFFFFFFFF\r\n{}").build(), true,
          true, Expect.status(400));
      add("truncated body", "chunk shorter than its size", request("PUT", item).chunked("40\r\n{\"LName\":\"x\"}")
          .build(), true, true, Expect.status(400));
      add("truncated body", "no last chunk", request("POST", path).chunked("2\r\n{}\r\n").build(), true, true,
          Expect.status(400));
      add("truncated body", "chunk size with junk", request("POST", path).chunked("2 junk\r\n{}\r\n0\r\n\r\n").build(),
          true, true, Expect.refused());
      add("truncated body", "negative chunk size", request("POST", path).chunked("-2\r\n{}\r\n0\r\n\r\n").build(),
          true, true, Expect.status(400));
      add("truncated body", "cut inside a UTF-8 character", request("PUT", item)
          .body(new byte[] {'{', '"', 'L', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE2, (byte) 0x82})
          .contentLength(20).build(), true, true, Expect.status(400));
      add("truncated body", "body and chunked both", request("POST", path).body(json).header("Transfer-Encoding",
          "chunked").build(), true, true, Expect.refused());
    }
  }

  private void wrongTypesAndRanges() {
    for (Map.Entry<Resource, Long> target : targets.entrySet()) {
      Resource r = target.getKey();
      r.operation(OperationKind.CREATE).ifPresent(create -> {
        for (BodyField entry : create.body()) {
          Field field = r.field(entry.field()).orElseThrow();
          List<String> values = badValues(field);
          // every value on one resource, the type's first (most telling) ones on the others
          int count = r.name().equals("ProcedureLogs") ? values.size() : Math.min(6, values.size());
          for (String bad : values.subList(0, count)) {
            ObjectNode body = rows.createBody(r, rows.nextSeed());
            String json = body.toString();
            String spoiled = spoil(json, entry.name(), bad);
            add(category(bad), "POST " + r.path() + " " + entry.name() + "=" + shown(bad),
                request("POST", base() + r.path()).body(spoiled).build(), true, Expect.status(400));
          }
        }
      });
      r.operation(OperationKind.UPDATE).ifPresent(update -> {
        for (BodyField entry : update.body()) {
          Field field = r.field(entry.field()).orElseThrow();
          List<String> values = badValues(field);
          // the create probes try every value; an update tries the type's own first ones
          for (String bad : values.subList(0, Math.min(4, values.size()))) {
            add(category(bad), "PUT " + r.path() + "/id " + entry.name() + "=" + shown(bad),
                request("PUT", base() + r.path() + "/" + target.getValue())
                    .body("{\"" + entry.name() + "\":" + bad + "}").build(), true, Expect.status(400));
          }
        }
      });
    }
  }

  /** Values a field of this type must refuse, whatever its wire form. */
  private static List<String> badValues(Field field) {
    List<String> common = List.of("{}", "[]", "[1]");
    // the issue's own findings first: the probes of most fields take only the first few
    List<String> specific = switch (field.kind()) {
      case STRING, TEXT -> List.of("12", "true", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"", "-1.5");
      case ID, REF, LONG -> List.of("\"+1\"", "\"01\"", "\"\\u0661\"", "\"\\uff11\"", "1e400", "\"twelve\"", "true",
          "1.5", "\" 1\"", "9223372036854775808");
      case INT -> List.of("2147483648", "-2147483649", "\"+1\"", "1e400", "\"twelve\"", "true", "1.5");
      case BYTE -> List.of("256", "-129", "1e400", "\"01\"", "\"twelve\"", "true");
      case MONEY -> List.of("1e400", "-1e308", "\"1e400\"", "10000000000000", "1e999999999", "\"NaN\"", "\"ten\"",
          "true", "\"Infinity\"", "\"1,5\"", "\"+5\"");
      case DOUBLE -> List.of("1e400", "-1e400", "\"NaN\"", "\"Infinity\"", "\"x\"", "true", "\"0x10\"");
      case FLOAT -> List.of("1e39", "\"NaN\"", "\"x\"", "true");
      case BOOL -> List.of("\"maybe\"", "2", "\"yes\"", "1");
      case DATE, DATE_TIME -> List.of("\"0000-01-01\"", "\"-0001-01-01\"", "\"+10000-01-01\"", "\"2021-02-30\"", "5",
          "true", "\"31/12/2021\"", "\"2021-13-01\"");
      case TIME -> List.of("\"25:00:00\"", "5", "\"noon\"");
      case ENUM -> List.of("\"NoSuchMember\"", "true", "-99");
      case COLOR -> List.of("\"red\"", "\"1,2\"", "true");
      case INTERVAL -> List.of("\"6 months\"", "true");
      default -> List.of();
    };
    List<String> all = new ArrayList<>(specific);
    all.addAll(common);
    return all;
  }

  private static String category(String bad) {
    if (bad.matches(".*(e400|e308|e39|e999999999|10000000000000|2147483648|2147483649|9223372036854775808|256|-129"
        + "|NaN|Infinity).*")) {
      return "out-of-range number";
    }
    if (bad.matches("\".*\\d{4}-.*\"|\"31/12/2021\"")) {
      return "odd date";
    }
    if (bad.contains("\\u0000") || bad.contains("\\ud800") || bad.contains("\\udc00")) {
      return "text that is not text";
    }
    return "wrong type";
  }

  private void oddIds() {
    List<String> malformed = List.of("+1", "01", "%201", "%D9%A1", "%EF%BC%91", "1.0", "1e0", "0x1", "1%20", "%09" + "1",
        "99999999999999999999", "1;DROP", "one", "%2B1", "-", "--1", "1,2");
    List<String> unknown = List.of("0", "-1", "987654321", "9223372036854775807");
    for (Resource r : targets.keySet()) {
      for (String method : List.of("GET", "PUT", "DELETE")) {
        boolean declared = r.operation(method.equals("GET") ? OperationKind.GET
            : method.equals("PUT") ? OperationKind.UPDATE : OperationKind.DELETE).isPresent();
        for (String id : malformed) {
          Request req = request(method, base() + r.path() + "/" + id);
          if (!method.equals("GET")) {
            req.body("{}");
          }
          add("odd id", method + " " + r.path() + "/" + id, req.build(), !method.equals("GET"),
              declared ? Expect.status(400) : Expect.oneOf(400, 405));
        }
        for (String id : unknown) {
          Request req = request(method, base() + r.path() + "/" + id);
          if (!method.equals("GET")) {
            req.body(method.equals("PUT") ? firstUpdateBody(r) : "{}");
          }
          add("odd id", method + " " + r.path() + "/" + id, req.build(), !method.equals("GET"),
              declared ? Expect.status(404) : Expect.oneOf(404, 405));
        }
      }
    }
  }

  /** A PUT body that is valid apart from the id: one optional field given its own sample. */
  private String firstUpdateBody(Resource r) {
    for (BodyField entry : r.operation(OperationKind.UPDATE).map(Operation::body).orElse(List.of())) {
      Field field = r.field(entry.field()).orElseThrow();
      if (field.kind() != FieldType.REF && field.kind() != FieldType.ID) {
        return "{\"" + entry.name() + "\":" + SampleValues.toBody(entry, field, SampleValues.of(field, 3)) + "}";
      }
    }
    return "{}";
  }

  private void oddDates() {
    Resource appointments = TheSpec.resource("Appointments");
    ObjectNode valid = rows.createBody(appointments, rows.nextSeed());
    for (String date : List.of("\"\"", "\" \"", "\"0001-01-01\"", "\"0001-01-01 00:00:00\"", "\"0000-01-01 10:00:00\"",
        "\"-0001-01-01 10:00:00\"", "\"+10000-01-01 10:00:00\"", "\"2021-02-30 10:00:00\"", "\"2021-01-01 24:00:01\"",
        "\"2021-01-01T25:00\"", "\"yesterday\"", "null")) {
      add("odd date", "POST /appointments AptDateTime=" + date,
          request("POST", base() + "/appointments").body(spoil(valid.toString(), "AptDateTime", date)).build(), true,
          Expect.status(400));
    }
    for (String date : List.of("0000-01-01", "-0001-01-01", "%2B10000-01-01", "2021-02-30", "2021-13-01", "yesterday",
        "2021-01-01T25:00")) {
      add("odd date", "GET /appointments?dateStart=" + date, request("GET", base() + "/appointments?DateTStamp="
          + date).build(), false, Expect.status(400));
      add("odd date", "GET /procedurelogs?DateTStamp=" + date, request("GET", base() + "/procedurelogs?DateTStamp="
          + date).build(), false, Expect.status(400));
    }
  }

  private void text() {
    long patient = targets.entrySet().stream().filter(e -> e.getKey().name().equals("Patients")).findFirst()
        .orElseThrow().getValue();
    for (String field : List.of("LName", "FName", "Address", "City", "Email")) {
      for (String value : List.of("\"a\\u0000b\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\"", "\"\\udc00\\ud800\"",
          "\"x\\ud83d\"")) {
        add("text that is not text", "PUT /patients/id " + field + "=" + value, request("PUT", base() + "/patients/"
            + patient).body("{\"" + field + "\":" + value + "}").build(), true, Expect.status(400));
      }
    }
    for (String value : List.of("a%00b", "%ED%A0%80", "%C0%AF", "%FF")) {
      add("text that is not text", "GET /patients?LName=" + value, request("GET", base() + "/patients?LName=" + value)
          .build(), false, Expect.status(400));
    }
  }

  private void queries() {
    String[] lists = {"/patients", "/appointments", "/procedurelogs"};
    for (String list : lists) {
      for (String query : List.of("Limit=5&Limit=6", "Offset=1&Offset=1", "Limit=5&limit=6", "Offset=1&OFFSET=2",
          "Limit=%zz", "Offset=%", "Limit=%FF", "Limit=0", "Limit=101", "Limit=-1", "Limit=1e2", "Limit=%2B5",
          "Limit=05", "Offset=99999999999999999999", "Offset=-1", "Offset=1.5", "Limit=%D9%A1",
          "DateFormatString=qq&DateFormatString=yyyy", "DateFormatString=%27", "DateTimeFormatString=%7B%7B",
          "PatNum=1&PatNum=2", "PatNum=abc", "PatNum=%2B1", "PatNum=%EF%BC%91", "Limit=5&Limit=")) {
        add("query string", "GET " + list + "?" + query, request("GET", base() + list + "?" + query).build(), false,
            list.equals("/patients") && query.startsWith("PatNum") ? Expect.answered() : Expect.refused());
      }
      // a name that only Java's case folding makes "Limit" is another, unknown parameter: ignored, not a page size
      add("query string", "GET " + list + "?L\u0131mit=5", request("GET", base() + list + "?L%C4%B1mit=5").build(),
          false, Expect.status(200));
    }
  }

  private void headers() {
    String patients = base() + "/patients";
    String body = "{\"LName\":\"Header\",\"FName\":\"Probe\"}";
    add("header abuse", "no Content-Type", request("POST", patients).body(body).noContentType().build(), true,
        Expect.status(400));
    for (String type : List.of("text/plain", "json", "application/xml", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/json; utf-8", "application/json;;", "application/jsonx",
        "*/*", "application/", "/json", "application/json; charset=\"\"", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded")) {
      add("header abuse", "Content-Type " + type, request("POST", patients).body(body).contentType(type).build(), true,
          Expect.status(400));
    }
    add("header abuse", "two Content-Types", request("POST", patients).body(body).header("Content-Type",
        "text/plain").build(), true, Expect.status(400));
    add("header abuse", "two Authorization headers", request("GET", patients).header("Authorization", AUTH).build(),
        false, Expect.status(400));
    add("header abuse", "Authorization twice, the second wrong", request("POST", patients).body(body)
        .header("Authorization", "ODFHIR x/y").build(), true, Expect.status(400));
    add("header abuse", "two Content-Lengths", request("POST", patients).body(body).header("Content-Length", "3")
        .build(), true, Expect.status(400));
    add("header abuse", "Content-Length not a number", request("POST", patients).body(body).contentLengthText("ten")
        .build(), true, Expect.status(400));
    add("header abuse", "negative Content-Length", request("POST", patients).body(body).contentLengthText("-1")
        .build(), true, Expect.status(400));
    add("header abuse", "URI of 20,000 characters", request("GET", patients + "?LName=" + "a".repeat(20_000)).build(),
        false, Expect.status(414));
    add("header abuse", "a header of 20,000 characters", request("GET", patients).header("X-Big", "a".repeat(20_000))
        .build(), false, Expect.status(431));
    add("header abuse", "1,000 headers", request("GET", patients).headers(1000).build(), false, Expect.status(431));
    add("header abuse", "no Host", request("GET", patients).noHost().build(), false, Expect.status(400));
    add("header abuse", "two Hosts", request("GET", patients).header("Host", "other").build(), false, Expect.status(400));
    add("header abuse", "a header name with a space", request("GET", patients).header("Bad Name", "x").build(), false,
        Expect.status(400));
    add("header abuse", "a header with a control character", request("GET", patients).header("X-Ctl", "a\u0001b")
        .build(), false, Expect.status(400));
    add("header abuse", "a header line without colon", raw("GET " + patients + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
        + AUTH + "\r\nnocolon\r\n\r\n"), false, Expect.status(400));
    add("header abuse", "obsolete line folding", raw("GET " + patients + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
        + AUTH + "\r\nX-A: a\r\n b\r\n\r\n"), false, Expect.answered());
    add("header abuse", "bare LF line ends", raw("GET " + patients + " HTTP/1.1\nHost: x\nAuthorization: " + AUTH
        + "\n\n"), false, Expect.answered());
    add("header abuse", "Expect: 100-continue with no body", request("POST", patients).header("Expect",
        "100-continue").contentLength(40).build(), true, true, Expect.refused());
    add("header abuse", "Transfer-Encoding gzip", request("POST", patients).body(body).header("Transfer-Encoding",
        "gzip").build(), true, true, Expect.refused());
    add("header abuse", "Content-Encoding gzip on plain JSON", request("POST", patients).body(body)
        .header("Content-Encoding", "gzip").build(), true, Expect.refused());
  }

  private void auth() {
    List<String> values = new ArrayList<>(List.of("", " ", "ODFHIR", "ODFHIR ", "Bearer " + LiveServer.DEVELOPER_KEY,
        "Basic b2RnZW46eA==",
        "ODFHIR " + LiveServer.DEVELOPER_KEY, "ODFHIR /" + LiveServer.CUSTOMER_KEY, "ODFHIR " + LiveServer.DEVELOPER_KEY
            + "/", "ODFHIR a/b/c", "ODFHIR  " + LiveServer.DEVELOPER_KEY + "/" + LiveServer.CUSTOMER_KEY + "x",
        "ODFHIR " + LiveServer.DEVELOPER_KEY + "/not-the-key", "ODFHIR someone/" + LiveServer.CUSTOMER_KEY,
        "ODFHIR " + "k".repeat(5000) + "/" + "c".repeat(5000), "ODFHIR\t" + LiveServer.DEVELOPER_KEY + "/x"));
    List<String[]> targetsOf = List.of(new String[] {"GET", base() + "/patients"}, new String[] {"GET", base()
        + "/patients/1"}, new String[] {"POST", base() + "/patients"}, new String[] {"GET", base() + "/nosuchthing"},
        new String[] {"DELETE", base() + "/appointments/1"}, new String[] {"OPTIONS", base() + "/patients"});
    for (String[] target : targetsOf) {
      Request none = request(target[0], target[1]).noAuth();
      if (target[0].equals("POST")) {
        none.body("{\"LName\":\"A\",\"FName\":\"B\"}");
      }
      add("auth", target[0] + " " + target[1] + " without Authorization", none.build(), !target[0].equals("GET"),
          Expect.status(401));
      for (String value : values) {
        Request req = request(target[0], target[1]).auth(value);
        if (target[0].equals("POST")) {
          req.body("{\"LName\":\"A\",\"FName\":\"B\"}");
        }
        // a key too long for the header limit is refused as such (431) before it is checked
        add("auth", target[0] + " " + target[1] + " Authorization: " + shown(value), req.build(),
            !target[0].equals("GET"), value.length() > 8000 ? Expect.oneOf(401, 431) : Expect.status(401));
      }
    }
  }

  private void methods() {
    for (String path : List.of("/patients", "/patients/1", "/nosuchthing", "/patients/1/nothing", "")) {
      for (String method : List.of("TRACE", "PATCH", "FOO", "LOCK", "PROPFIND", "get", "HEAD", "OPTIONS", "DELETE",
          "PUT", "POST")) {
        Request req = request(method, base() + path);
        if (method.equals("PUT") || method.equals("POST") || method.equals("PATCH")) {
          req.body("{}");
        }
        boolean unknownMethod = List.of("TRACE", "FOO", "LOCK", "PROPFIND", "get").contains(method);
        add("methods", method + " " + base() + path, req.build(), !method.equals("HEAD") && !method.equals("OPTIONS"),
            unknownMethod || path.isEmpty() || path.contains("no") ? Expect.refused() : Expect.answered());
        add("methods", method + " " + base() + path + " without auth", request(method, base() + path).noAuth().build(),
            !method.equals("HEAD") && !method.equals("OPTIONS"), Expect.refused());
      }
    }
    add("methods", "CONNECT", raw("CONNECT 127.0.0.1:3306 HTTP/1.1\r\nHost: 127.0.0.1:3306\r\n\r\n"), false,
        Expect.refused());
    add("methods", "a method of 10,000 letters", raw("G".repeat(10_000) + " " + base() + "/patients HTTP/1.1\r\nHost:"
        + " x\r\n\r\n"), false, Expect.refused());
  }

  private void garbage() {
    add("raw-socket garbage", "control bytes", raw("\u0000\u0001\u0002garbage\r\n\r\n"), false, Expect.status(400));
    add("raw-socket garbage", "TLS ClientHello", bytes(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00,
        0x00, (byte) 0xa1, 0x03, 0x03}), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "SSH banner", raw("SSH-2.0-OpenSSH_9.0\r\n"), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "HTTP/0.9", raw("GET " + base() + "/patients\r\n"), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "HTTP/9.9", raw("GET " + base() + "/patients HTTP/9.9\r\nHost: x\r\n\r\n"), false,
        Expect.status(505));
    add("raw-socket garbage", "HTTP/2.0 on HTTP/1 syntax", raw("GET " + base() + "/patients HTTP/2.0\r\nHost: x\r\n"
        + "\r\n"), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "HTTP/2 preface", raw("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), false,
        Expect.answeredOrClosed());
    add("raw-socket garbage", "a request line of spaces", raw("   \r\n\r\n"), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "only CRLFs", raw("\r\n\r\n\r\n"), false, Expect.answeredOrClosed());
    add("raw-socket garbage", "no version", raw("GET " + base() + "/patients\r\nHost: x\r\n\r\n"), false,
        Expect.answeredOrClosed());
    add("raw-socket garbage", "path without slash", raw("GET api/v1/patients HTTP/1.1\r\nHost: x\r\n\r\n"), false,
        Expect.status(400));
    add("raw-socket garbage", "absolute URI elsewhere", raw("GET http://elsewhere.example" + base() + "/patients"
        + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH + "\r\n\r\n"), false, Expect.answered());
    add("raw-socket garbage", "asterisk form", raw("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"), false, Expect.answered());
    add("raw-socket garbage", "dot segments", raw("GET " + base() + "/../../etc/passwd HTTP/1.1\r\nHost: x\r\n"
        + "Authorization: " + AUTH + "\r\n\r\n"), false, Expect.refused());
    add("raw-socket garbage", "encoded dot segments", raw("GET " + base() + "/%2e%2e/%2e%2e/health HTTP/1.1\r\nHost: x"
        + "\r\nAuthorization: " + AUTH + "\r\n\r\n"), false, Expect.refused());
    add("raw-socket garbage", "encoded slash", raw("GET " + base() + "/patients%2F1 HTTP/1.1\r\nHost: x\r\n"
        + "Authorization: " + AUTH + "\r\n\r\n"), false, Expect.refused());
    add("raw-socket garbage", "backslash path", raw("GET " + base() + "\\patients HTTP/1.1\r\nHost: x\r\n"
        + "Authorization: " + AUTH + "\r\n\r\n"), false, Expect.refused());
    add("raw-socket garbage", "CRLF injection in the path", raw("GET " + base() + "/patients%0d%0aX:y HTTP/1.1\r\n"
        + "Host: x\r\nAuthorization: " + AUTH + "\r\n\r\n"), false, Expect.refused());
    add("raw-socket garbage", "a NUL in the request line", raw("GET " + base() + "/pat\u0000ients HTTP/1.1\r\nHost: x\r\n"
        + "\r\n"), false, Expect.status(400));
    java.util.Random random = new java.util.Random(16);
    for (int i = 0; i < 20; i++) {
      byte[] noise = new byte[1 + random.nextInt(300)];
      random.nextBytes(noise);
      add("raw-socket garbage", "random bytes #" + i, bytes(noise), false, Expect.answeredOrClosed());
    }
  }

  // ---- building requests

  private static String base() {
    return "/api/v1";
  }

  private void add(String category, String name, byte[] request, boolean writes, Expect expect) {
    add(category, name, request, false, writes, expect);
  }

  private void add(String category, String name, byte[] request, boolean halfClose, boolean writes, Expect expect) {
    probes.add(new Probe(category, name, request, halfClose, writes, expect));
  }

  private static byte[] raw(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(byte[] bytes) {
    return bytes;
  }

  private static String shown(String text) {
    String oneLine = text.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
    return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…(" + text.length() + ")" : oneLine;
  }

  /** {@code json} with the value of {@code name} replaced by the raw JSON {@code value} (added when absent). */
  private static String spoil(String json, String name, String value) {
    ObjectNode node;
    try {
      node = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the valid body is not JSON: " + json, e);
    }
    node.remove(name);
    String rest = node.toString();
    String entry = "\"" + name + "\":" + value;
    return rest.equals("{}") ? "{" + entry + "}" : "{" + entry + "," + rest.substring(1);
  }

  static Request request(String method, String target) {
    return new Request(method, target);
  }

  /** A request built header by header; the usual ones (Host, Authorization, Content-Type, Connection) by default. */
  static final class Request {
    private final String method;
    private final String target;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final List<String[]> extra = new ArrayList<>();
    private byte[] body;
    private String contentLength;
    private String chunked;
    private int manyHeaders;

    Request(String method, String target) {
      this.method = method;
      this.target = target;
      defaults.put("Host", "127.0.0.1");
      defaults.put("Authorization", AUTH);
      defaults.put("Connection", "close");
    }

    Request body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    Request body(byte[] bytes) {
      this.body = bytes;
      defaults.putIfAbsent("Content-Type", "application/json");
      return this;
    }

    Request header(String name, String value) {
      extra.add(new String[] {name, value});
      return this;
    }

    Request headers(int count) {
      this.manyHeaders = count;
      return this;
    }

    Request auth(String value) {
      defaults.put("Authorization", value);
      return this;
    }

    Request noAuth() {
      defaults.remove("Authorization");
      return this;
    }

    Request noHost() {
      defaults.remove("Host");
      return this;
    }

    Request noContentType() {
      defaults.remove("Content-Type");
      return this;
    }

    Request contentType(String type) {
      defaults.put("Content-Type", type);
      return this;
    }

    Request contentLength(long length) {
      this.contentLength = Long.toString(length);
      return this;
    }

    Request contentLengthText(String text) {
      this.contentLength = text;
      return this;
    }

    /** A chunked body written as given (sizes, data and CRLFs). */
    Request chunked(String raw) {
      this.chunked = raw;
      defaults.putIfAbsent("Content-Type", "application/json");
      return this;
    }

    byte[] build() {
      StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      defaults.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      extra.forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
      for (int i = 0; i < manyHeaders; i++) {
        head.append("X-H").append(i).append(": ").append("v".repeat(20)).append("\r\n");
      }
      if (chunked != null) {
        head.append("Transfer-Encoding: chunked\r\n");
      } else if (contentLength != null) {
        head.append("Content-Length: ").append(contentLength).append("\r\n");
      } else if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      if (chunked != null) {
        out.writeBytes(chunked.getBytes(StandardCharsets.ISO_8859_1));
      } else if (body != null) {
        out.writeBytes(body);
      }
      return out.toByteArray();
    }
  }
}
