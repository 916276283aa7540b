package dev.odgen.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small valid spec and the ways to spoil it: each {@link Variant} changes the valid spec in one way that
 * {@code odgen validate} must refuse. Replacements check that the text they replace is there, so a variant
 * never silently tests the valid spec.
 */
final class MalformedSpecs {
  /** One change to the valid spec, applied to the spec folder. */
  @FunctionalInterface
  interface Change {
    void apply(Path spec) throws IOException;
  }

  /** A named malformed spec. */
  record Variant(String name, Change change) {}

  static final String API = """
      api:
        name: Clinic
        title: Clinic API
        basePath: /api/v1
        package: com.example.clinic
      auth:
        header: Authorization
        scheme: ODFHIR
        credentials: [developerKey, customerKey]
        separator: /
      wire:
        booleans: string
        date: yyyy-MM-dd
        dateTime: yyyy-MM-dd HH:mm:ss
        time: HH:mm:ss
        noDate: 0001-01-01
      paging:
        offsetParam: Offset
        limitParam: Limit
        pageSize: 100
        maxLimit: 100
      serverTime: serverDateTime
      enums:
        ApptStatus:
          members: {None: 0, Scheduled: 1, Complete: 2}
          default: None
      """;

  static final String PATIENTS = """
      resource: Patients
      entity: Patient
      path: /patients
      table: patient
      id: PatNum
      versionAdded: "21.1"
      fields:
        - {name: PatNum, type: id}
        - {name: LName, type: string, maxLength: 100}
        - {name: FName, type: string}
        - {name: Birthdate, type: date}
        - {name: Fee, type: money, default: "0"}
        - {name: IsActive, type: bool}
        - {name: serverDateTime, derived: serverTime}
      operations:
        get: {versionAdded: "21.1"}
        list:
          filters:
            - {param: LName, match: startsWith, versionAdded: "21.1"}
        create:
          required: [LName]
          optional: [FName, Birthdate]
        update:
          optional: [LName, {name: fee, field: Fee, versionAdded: "22.1"}]
      """;

  static final String APPOINTMENTS = """
      resource: Appointments
      entity: Appointment
      path: /appointments
      table: appointment
      id: AptNum
      fields:
        - {name: AptNum, type: id}
        - {name: PatNum, type: ref, ref: Patients}
        - {name: AptStatus, type: enum, enum: ApptStatus}
        - {name: AptDateTime, type: dateTime}
        - {name: Note, type: text}
      operations:
        get: {}
        create:
          required: [PatNum, AptDateTime]
      actions:
        - name: break
          method: PUT
          path: /appointments/{AptNum}/Break
          versionAdded: "21.3"
          body:
            - {name: sendToUnscheduledList, type: bool, required: true}
          response: resource
      models:
        - name: Slot
          fields:
            - {name: DateTimeStart, type: dateTime}
      """;

  static final String QUERIES = """
      resource: Queries
      entity: Query
      path: /queries
      actions:
        - name: shortQuery
          method: PUT
          path: /queries/ShortQuery
          body:
            - {name: SqlCommand, type: text, required: true}
          response: rows
      """;

  private MalformedSpecs() {}

  /** Writes the valid spec into {@code spec} (which must exist and be empty). */
  static void writeValid(Path spec) throws IOException {
    Files.writeString(spec.resolve("api.yaml"), API);
    Files.writeString(spec.resolve("patients.yaml"), PATIENTS);
    Files.writeString(spec.resolve("appointments.yaml"), APPOINTMENTS);
    Files.writeString(spec.resolve("queries.yaml"), QUERIES);
  }

  /** Valid specs that differ from the base: the suite's controls, which must pass. */
  static List<Variant> controls() {
    return List.of(
        new Variant("the base spec", spec -> { }),
        new Variant("negative enum ordinal, as Open Dental's PatRace.NotSet = -1",
            replace("api.yaml", "{None: 0,", "{NotSet: -1, None: 0,")),
        new Variant("a 200 KB comment line (under the limit)", append("patients.yaml",
            "# a long comment\n#" + "x".repeat(200_000) + "\n")));
  }

  static List<Variant> all() {
    List<Variant> v = new ArrayList<>();
    bytesAndEncoding(v);
    yamlShape(v);
    sizes(v);
    files(v);
    apiFile(v);
    resources(v);
    typesAndFields(v);
    operationsAndActions(v);
    namesAndDuplicates(v);
    wrongKinds(v);
    return v;
  }

  private static void bytesAndEncoding(List<Variant> v) {
    v.add(new Variant("NUL in a value", replaceBytes("patients.yaml", "entity: Patient", "entity: Pat\u0000ient")));
    v.add(new Variant("control character U+0001", replaceBytes("patients.yaml", "path: /patients", "path: /pat\u0001")));
    v.add(new Variant("escape character U+001B", replaceBytes("api.yaml", "title: Clinic API", "title: \u001b[31m")));
    v.add(new Variant("DEL U+007F", replaceBytes("api.yaml", "title: Clinic API", "title: Clinic\u007f")));
    v.add(new Variant("NUL in a comment", append("api.yaml", "# comment \u0000 here\n")));
    v.add(new Variant("NUL inside a quoted string", replaceBytes("patients.yaml", "versionAdded: \"21.1\"\nfields",
        "versionAdded: \"21\u0000.1\"\nfields")));
    v.add(new Variant("vertical tab", replaceBytes("patients.yaml", "table: patient", "table: pat\u000bient")));
    v.add(new Variant("form feed", replaceBytes("patients.yaml", "table: patient", "table: patient\u000c")));
    v.add(new Variant("C1 control U+0090", replaceBytes("patients.yaml", "table: patient", "table: pat\u0090ient")));
    v.add(new Variant("U+FFFE noncharacter", replaceBytes("patients.yaml", "table: patient", "table: pat\ufffeient")));
    v.add(new Variant("Latin-1 byte 0xE9", rawBytes("patients.yaml", "entity: Patient", "entity: Patient\u00e9",
        StandardCharsets.ISO_8859_1)));
    v.add(new Variant("Latin-1 whole file", rewriteIn("patients.yaml", StandardCharsets.ISO_8859_1, "notes: caf\u00e9")));
    v.add(new Variant("UTF-16LE file with BOM", rewriteIn("patients.yaml", StandardCharsets.UTF_16LE, "\ufeff")));
    v.add(new Variant("UTF-16BE file", rewriteIn("patients.yaml", StandardCharsets.UTF_16BE, "")));
    v.add(new Variant("binary garbage", bytes("garbage.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10,
        0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xFF, (byte) 0xD8})));
    v.add(new Variant("truncated UTF-8 sequence at the end", appendBytes("api.yaml", new byte[] {'#', ' ', (byte) 0xE2,
        (byte) 0x82})));
    v.add(new Variant("overlong UTF-8 encoding", appendBytes("api.yaml", new byte[] {'#', (byte) 0xC0, (byte) 0xAF, '\n'})));
    v.add(new Variant("UTF-8-encoded surrogate", appendBytes("api.yaml", new byte[] {'#', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80, '\n'})));
    v.add(new Variant("byte 0xFF", appendBytes("api.yaml", new byte[] {'#', (byte) 0xFF, '\n'})));
    v.add(new Variant("continuation byte alone", appendBytes("queries.yaml", new byte[] {'#', (byte) 0x80, '\n'})));
    v.add(new Variant("UTF-32 file", rewriteIn("queries.yaml", java.nio.charset.Charset.forName("UTF-32"), "")));
  }

  private static void yamlShape(List<Variant> v) {
    v.add(new Variant("nesting deeper than 50 (flow)", append("api.yaml", "deep: " + "[".repeat(60) + "]".repeat(60)
        + "\n")));
    v.add(new Variant("nesting deeper than 50 (block)", append("api.yaml", blockNesting(60))));
    v.add(new Variant("alias bomb", write("bomb.yaml", aliasBomb())));
    v.add(new Variant("alias of a map", replace("patients.yaml", "get: {versionAdded: \"21.1\"}",
        "get: &g {versionAdded: \"21.1\"}\n  delete: *g")));
    v.add(new Variant("alias of a list", replace("patients.yaml", "required: [LName]",
        "required: &r [LName]\n    optional: *r")));
    v.add(new Variant("recursive alias", append("api.yaml", "loop: &a [*a]\n")));
    v.add(new Variant("unknown tag !foo on a value", replace("patients.yaml", "table: patient", "table: !foo patient")));
    v.add(new Variant("unknown tag !foo on a map", replace("patients.yaml", "get: {versionAdded", "get: !foo {versionAdded")));
    v.add(new Variant("tag !!binary", replace("patients.yaml", "table: patient", "table: !!binary cGF0aWVudA==")));
    v.add(new Variant("tag !!python/object", replace("patients.yaml", "table: patient",
        "table: !!python/object:os.system patient")));
    v.add(new Variant("tag !!set", replace("queries.yaml", "response: rows", "response: !!set {rows}")));
    v.add(new Variant("local tag !", replace("queries.yaml", "entity: Query", "entity: !<!bar> Query")));
    v.add(new Variant("unterminated quote", replace("patients.yaml", "versionAdded: \"21.1\"\nfields",
        "versionAdded: \"21.1\nfields")));
    v.add(new Variant("unclosed flow map", replace("patients.yaml", "- {name: PatNum, type: id}",
        "- {name: PatNum, type: id")));
    v.add(new Variant("unclosed flow list", replace("patients.yaml", "required: [LName]", "required: [LName")));
    v.add(new Variant("tab indentation", replace("patients.yaml", "  get: {versionAdded", "\tget: {versionAdded")));
    v.add(new Variant("bad indentation", replace("patients.yaml", "  get: {versionAdded", "     get: {versionAdded")));
    v.add(new Variant("duplicate top-level key", append("patients.yaml", "table: other\n")));
    v.add(new Variant("duplicate key in a flow map", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, type: int}")));
    v.add(new Variant("key without a value separator", append("patients.yaml", "notes\n")));
    v.add(new Variant("top level is a list", write("list.yaml", "- a\n- b\n")));
    v.add(new Variant("top level is a scalar", write("scalar.yaml", "just text\n")));
    v.add(new Variant("two documents", append("queries.yaml", "---\nresource: More\n")));
    v.add(new Variant("complex key", append("api.yaml", "? [a, b]\n: c\n")));
    v.add(new Variant("anchor with no alias on an unknown key", append("api.yaml", "extra: &x 1\n")));
    v.add(new Variant("stray closing bracket", append("api.yaml", "]\n")));
    v.add(new Variant("YAML version 2.0", spec -> Files.writeString(spec.resolve("api.yaml"), "%YAML 2.0\n---\n"
        + Files.readString(spec.resolve("api.yaml")))));
    v.add(new Variant("block scalar with bad indentation", append("api.yaml", "notes: |\n text\n  more\n bad: x\n")));
  }

  private static void sizes(List<Variant> v) {
    v.add(new Variant("a 3 MB document", append("api.yaml", ("# " + "y".repeat(78) + "\n").repeat(40_000))));
    v.add(new Variant("a 10 MB single line", sizedFile("long.yaml", "notes: \"", 10L * 1024 * 1024, 'a')));
    v.add(new Variant("a 50 MB quoted string", sparseFile("huge.yaml", "resource: X\nnotes: \"", 50L * 1024 * 1024)));
    v.add(new Variant("a 1.5 MB spec file", sizedFile("big.yaml", "# ", 1536L * 1024, 'b')));
    v.add(new Variant("a key longer than YAML takes as a simple key", append("api.yaml", "k" .repeat(2000) + ": 1\n")));
    v.add(new Variant("a 900 KB value under an unknown key", append("api.yaml", "blob: \"" + "z".repeat(900_000)
        + "\"\n")));
    v.add(new Variant("a 250 KB quoted value under an unknown key (under the size limit)", append("queries.yaml",
        "blob: \"" + "z".repeat(250_000) + "\"\n")));
    v.add(new Variant("a 250 KB plain value spread over lines, under an unknown key", append("queries.yaml",
        "blob: " + "z z z z z z z z z\n  ".repeat(12_000) + "end\n")));
  }

  private static void files(List<Variant> v) {
    v.add(new Variant("an empty extra file", write("empty.yaml", "")));
    v.add(new Variant("a whitespace-only file", write("blank.yaml", "   \n\n  \n")));
    v.add(new Variant("a comment-only file", write("comment.yaml", "# nothing here\n")));
    v.add(new Variant("a file holding only ---", write("dashes.yaml", "---\n")));
    v.add(new Variant("a file of null", write("null.yaml", "null\n")));
    v.add(new Variant("a folder named x.yaml", spec -> Files.createDirectories(spec.resolve("x.yaml"))));
    v.add(new Variant("a symlink loop", spec -> Files.createSymbolicLink(spec.resolve("loop.yaml"),
        spec.resolve("loop.yaml"))));
    v.add(new Variant("a two-link loop", spec -> {
      Files.createSymbolicLink(spec.resolve("a.yaml"), spec.resolve("b.yaml"));
      Files.createSymbolicLink(spec.resolve("b.yaml"), spec.resolve("a.yaml"));
    }));
    v.add(new Variant("a dangling symlink", spec -> Files.createSymbolicLink(spec.resolve("gone.yaml"),
        spec.resolve("nowhere.yaml"))));
    v.add(new Variant("a symlink to a folder", spec -> {
      Files.createDirectories(spec.resolve("sub"));
      Files.createSymbolicLink(spec.resolve("sub.yaml"), spec.resolve("sub"));
    }));
    v.add(new Variant("no API file", spec -> Files.delete(spec.resolve("api.yaml"))));
    v.add(new Variant("two API files", write("api2.yaml", API)));
    v.add(new Variant("a file with both api and resource", write("both.yaml", "api:\n  name: X\nresource: Y\n")));
    v.add(new Variant("a file of unknown kind", write("other.yaml", "something: else\n")));
    v.add(new Variant("an enums file whose enums is a list", write("enums.yaml", "enums: [a, b]\n")));
    v.add(new Variant("an exclusions file with an unknown resource", write("exclusions.yaml",
        "exclusions:\n  - {resource: Nope, endpoint: GET /nope, reason: because}\n")));
    v.add(new Variant("an exclusion without reason", write("exclusions.yaml",
        "exclusions:\n  - {resource: Patients, endpoint: GET /patients}\n")));
    v.add(new Variant("a nested folder holding a bad file", spec -> {
      Files.createDirectories(spec.resolve("more"));
      Files.writeString(spec.resolve("more/bad.yaml"), "resource: [\n");
    }));
  }

  private static void apiFile(List<Variant> v) {
    String[][] basePaths = {{"5", "a number"}, {"api v1", "with a space"}, {"\"/api v1\"", "space after slash"},
        {"//api", "double slash"}, {"/api?x=1", "with a query"}, {"api", "without slash"}, {"/api#x", "with a fragment"},
        {"/api/v1//x", "empty segment"}, {"\"/api\\tv1\"", "with a tab"}, {"/äpi", "non-ASCII"}};
    for (String[] p : basePaths) {
      v.add(new Variant("basePath " + p[1], replace("api.yaml", "basePath: /api/v1", "basePath: " + p[0])));
    }
    String[] packages = {"\"not a package!\"", "com..clinic", "com.class.x", "1com.x", "\"\"", "com.x$y", ".com.x",
        "com.x.", "com-x", "com.int", "\"com x\""};
    for (String p : packages) {
      v.add(new Variant("package " + p, replace("api.yaml", "package: com.example.clinic", "package: " + p)));
    }
    for (String size : new String[] {"-1", "0", "1000", "ten", "1.5", "\"100\"x"}) {
      v.add(new Variant("pageSize " + size, replace("api.yaml", "pageSize: 100", "pageSize: " + size)));
    }
    for (String max : new String[] {"0", "-5", "10000000", "big"}) {
      v.add(new Variant("maxLimit " + max, replace("api.yaml", "maxLimit: 100", "maxLimit: " + max)));
    }
    String[][] patterns = {{"date", "\"yyyy-MM-dd'QQ%{\""}, {"dateTime", "\"\""}, {"date", "yyyy"}, {"date", "qqqq"},
        {"dateTime", "yyyy-MM-dd"}, {"time", "yyyy"}, {"date", "\"{{\""}, {"date", "\"'\""}, {"dateTime", "\"HH:mm\""},
        {"time", "\"\""}, {"date", "\"yyyy-MM-dd bbb\""}, {"date", "\"dd\""}};
    for (String[] p : patterns) {
      String original = p[0].equals("date") ? "date: yyyy-MM-dd\n" : p[0].equals("time") ? "time: HH:mm:ss\n"
          : "dateTime: yyyy-MM-dd HH:mm:ss\n";
      v.add(new Variant(p[0] + " pattern " + p[1], replace("api.yaml", "  " + original, "  " + p[0] + ": " + p[1]
          + "\n")));
    }
    for (String noDate : new String[] {"never", "0001-13-01", "\"\"", "01/01/0001"}) {
      v.add(new Variant("noDate " + noDate, replace("api.yaml", "noDate: 0001-01-01", "noDate: " + noDate)));
    }
    v.add(new Variant("booleans yes", replace("api.yaml", "booleans: string", "booleans: yes")));
    v.add(new Variant("unknown wire key", replace("api.yaml", "  booleans: string", "  booleans: string\n  dates: x")));
    v.add(new Variant("unknown api key", replace("api.yaml", "  title: Clinic API", "  title: Clinic API\n  titel: x")));
    v.add(new Variant("api name missing", replace("api.yaml", "  name: Clinic\n", "")));
    v.add(new Variant("basePath missing", replace("api.yaml", "  basePath: /api/v1\n", "")));
    v.add(new Variant("package missing", replace("api.yaml", "  package: com.example.clinic\n", "")));
    v.add(new Variant("credentials not a list", replace("api.yaml", "credentials: [developerKey, customerKey]",
        "credentials: {a: b}")));
    v.add(new Variant("throttling preset not a number", append("api.yaml",
        "throttling:\n  per: customerKey\n  presets: {slow: fast}\n")));
    v.add(new Variant("throttling per unknown credential", append("api.yaml",
        "throttling:\n  per: userKey\n  presets: {slow: 1000}\n")));
    v.add(new Variant("enum member ordinal not a number", replace("api.yaml", "Complete: 2}", "Complete: two}")));
    v.add(new Variant("enum member ordinal 1.5", replace("api.yaml", "Complete: 2}", "Complete: 1.5}")));
    v.add(new Variant("enum members share an ordinal", replace("api.yaml", "Complete: 2}", "Complete: 1}")));
    v.add(new Variant("enum default not a member", replace("api.yaml", "default: None", "default: Nothing")));
    v.add(new Variant("enum without members", replace("api.yaml", "    members: {None: 0, Scheduled: 1, Complete: 2}\n",
        "")));
  }

  private static void resources(List<Variant> v) {
    v.add(new Variant("table \"\"", replace("patients.yaml", "table: patient", "table: \"\"")));
    v.add(new Variant("table with a space", replace("patients.yaml", "table: patient", "table: \"pat ient\"")));
    v.add(new Variant("table starting with a digit", replace("patients.yaml", "table: patient", "table: 1patient")));
    v.add(new Variant("table with a dash", replace("patients.yaml", "table: patient", "table: pat-ient")));
    v.add(new Variant("table with a backtick", replace("patients.yaml", "table: patient", "table: \"pat`ient\"")));
    v.add(new Variant("table missing on a resource with fields", replace("patients.yaml", "table: patient\n", "")));
    v.add(new Variant("a second resource reusing table patient", replace("appointments.yaml", "table: appointment",
        "table: patient")));
    v.add(new Variant("a second resource reusing table Patient", replace("appointments.yaml", "table: appointment",
        "table: Patient")));
    String[] paths = {"/patients/{Bad", "patients", "/pat ients", "/patients//x", "/{}", "/patients/{Bad}x",
        "\"/patients?x\"", "/patients/{Pat-Num}"};
    for (String p : paths) {
      v.add(new Variant("resource path " + p, replace("patients.yaml", "path: /patients", "path: " + p)));
    }
    v.add(new Variant("action path with unknown {Nope}", replace("appointments.yaml", "path: /appointments/{AptNum}/Break",
        "path: /appointments/{Nope}/Break")));
    v.add(new Variant("action path /appointments/{AptNum", replace("appointments.yaml",
        "path: /appointments/{AptNum}/Break", "path: /appointments/{AptNum")));
    v.add(new Variant("action path with a space", replace("appointments.yaml", "path: /appointments/{AptNum}/Break",
        "path: \"/appointments/{AptNum}/Br eak\"")));
    v.add(new Variant("action path without slash", replace("appointments.yaml", "path: /appointments/{AptNum}/Break",
        "path: appointments/{AptNum}/Break")));
    v.add(new Variant("action path param not in the path", replace("appointments.yaml", "    body:\n",
        "    pathParams: [{name: Other, type: long}]\n    body:\n")));
    v.add(new Variant("operation path malformed", replace("patients.yaml", "get: {versionAdded: \"21.1\"}",
        "get: {versionAdded: \"21.1\", path: \"/patients/{PatNum\"}")));
    String[][] versions = {{"patients.yaml", "versionAdded: \"21.1\"\nfields", "versionAdded: soon\nfields"},
        {"patients.yaml", "versionAdded: \"21.1\"\nfields", "versionAdded: \"\"\nfields"},
        {"patients.yaml", "versionAdded: \"21.1\"\nfields", "versionAdded: 21\nfields"},
        {"patients.yaml", "get: {versionAdded: \"21.1\"}", "get: {versionAdded: \"v21.1\"}"},
        {"patients.yaml", "{param: LName, match: startsWith, versionAdded: \"21.1\"}",
            "{param: LName, match: startsWith, versionAdded: \"21.1.x\"}"},
        {"patients.yaml", "versionAdded: \"22.1\"}", "versionAdded: \"1.2.3.4.5\"}"},
        {"appointments.yaml", "versionAdded: \"21.3\"", "versionAdded: latest"},
        {"appointments.yaml", "versionAdded: \"21.3\"", "versionAdded: \"21.3\"\n    deprecated: \"yes\""},
        {"patients.yaml", "{name: FName, type: string}", "{name: FName, type: string, versionAdded: \"21,1\"}"},
        {"patients.yaml", "{name: FName, type: string}", "{name: FName, type: string, deprecated: \"-1\"}"}};
    for (String[] x : versions) {
      v.add(new Variant("version " + x[2].replace("\n", " "), replace(x[0], x[1], x[2])));
    }
    v.add(new Variant("id field missing", replace("patients.yaml", "id: PatNum", "id: PatientNum")));
    v.add(new Variant("id field not type id", replace("patients.yaml", "{name: PatNum, type: id}",
        "{name: PatNum, type: long}")));
    v.add(new Variant("table without id", replace("patients.yaml", "id: PatNum\n", "")));
    v.add(new Variant("resource key misspelled", replace("patients.yaml", "entity: Patient", "entitty: Patient")));
    v.add(new Variant("resource without path", replace("queries.yaml", "path: /queries\n", "")));
  }

  private static void typesAndFields(List<Variant> v) {
    v.add(new Variant("maxLength -5", replace("patients.yaml", "maxLength: 100", "maxLength: -5")));
    v.add(new Variant("maxLength 0", replace("patients.yaml", "maxLength: 100", "maxLength: 0")));
    v.add(new Variant("maxLength 20000", replace("patients.yaml", "maxLength: 100", "maxLength: 20000")));
    v.add(new Variant("maxLength long", replace("patients.yaml", "maxLength: 100", "maxLength: long")));
    v.add(new Variant("maxLength on a number", replace("patients.yaml", "{name: IsActive, type: bool}",
        "{name: IsActive, type: bool, maxLength: 5}")));
    v.add(new Variant("ref to Queries, which has no id", replace("appointments.yaml", "ref: Patients", "ref: Queries")));
    v.add(new Variant("ref to an unknown resource", replace("appointments.yaml", "ref: Patients", "ref: Patience")));
    v.add(new Variant("ref without a target", replace("appointments.yaml", "type: ref, ref: Patients", "type: ref")));
    v.add(new Variant("enum field with unknown enum", replace("appointments.yaml", "enum: ApptStatus", "enum: AptStatus")));
    v.add(new Variant("unknown type", replace("patients.yaml", "{name: FName, type: string}", "{name: FName, type: str}")));
    v.add(new Variant("type missing", replace("patients.yaml", "{name: FName, type: string}", "{name: FName}")));
    v.add(new Variant("duplicate field", replace("patients.yaml", "{name: FName, type: string}",
        "{name: LName, type: string}")));
    v.add(new Variant("default that does not fit (money)", replace("patients.yaml", "default: \"0\"",
        "default: \"lots\"")));
    v.add(new Variant("default longer than maxLength", replace("patients.yaml", "maxLength: 100}",
        "maxLength: 3, default: \"toolong\"}")));
    v.add(new Variant("default of a date that is no date", replace("patients.yaml", "{name: Birthdate, type: date}",
        "{name: Birthdate, type: date, default: \"2021-02-30\"}")));
    v.add(new Variant("default on a bool that is not", replace("patients.yaml", "{name: IsActive, type: bool}",
        "{name: IsActive, type: bool, default: \"maybe\"}")));
    v.add(new Variant("derived from an unknown field", replace("patients.yaml", "{name: serverDateTime, derived: serverTime}",
        "{name: fnameOf, derived: {nonEmpty: Nope}}")));
    v.add(new Variant("derived via a non-ref field", replace("appointments.yaml", "{name: Note, type: text}",
        "{name: Note, type: text}\n  - {name: noteOf, derived: {via: Note, take: LName}}")));
    v.add(new Variant("fromCaller with an unknown credential", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, fromCaller: userKey}")));
    v.add(new Variant("storeAs unknown", replace("appointments.yaml", "enum: ApptStatus}", "enum: ApptStatus, storeAs: "
        + "text}")));
    v.add(new Variant("wireAs unsuitable for the type", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, wireAs: ordinal}")));
    v.add(new Variant("list on a column field", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, list: true}")));
    v.add(new Variant("unknown key in a field", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, lenght: 3}")));
    v.add(new Variant("auto unknown", replace("patients.yaml", "{name: Birthdate, type: date}",
        "{name: Birthdate, type: date, auto: always}")));
    v.add(new Variant("signed on a string", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string, signed: true}")));
    v.add(new Variant("model field of unknown model", replace("appointments.yaml", "- {name: DateTimeStart, type: dateTime}",
        "- {name: DateTimeStart, type: model, model: Nope}")));
    v.add(new Variant("field name with a space", replace("patients.yaml", "{name: FName, type: string}",
        "{name: \"F Name\", type: string}\n  - {name: F_Name, type: string}")));
  }

  private static void operationsAndActions(List<Variant> v) {
    v.add(new Variant("create requires an unknown field", replace("patients.yaml", "required: [LName]",
        "required: [LastName]")));
    v.add(new Variant("filter on an unknown field", replace("patients.yaml", "{param: LName, match: startsWith",
        "{param: LastName, match: startsWith")));
    v.add(new Variant("filter match unknown", replace("patients.yaml", "match: startsWith", "match: beginsWith")));
    v.add(new Variant("unknown operation", replace("patients.yaml", "  get: {versionAdded", "  fetch: {versionAdded")));
    v.add(new Variant("operation status 99", replace("patients.yaml", "get: {versionAdded: \"21.1\"}",
        "get: {versionAdded: \"21.1\", status: 99}")));
    v.add(new Variant("action method FETCH", replace("appointments.yaml", "method: PUT", "method: FETCH")));
    v.add(new Variant("action without name", replace("appointments.yaml", "  - name: break\n    method", "  - method")));
    v.add(new Variant("action response unknown model", replace("appointments.yaml", "response: resource",
        "response: {model: Nope}")));
    v.add(new Variant("action response unknown word", replace("appointments.yaml", "response: resource",
        "response: everything")));
    v.add(new Variant("two actions with one name", replace("appointments.yaml", "models:", """
        - {name: break, method: GET, path: /appointments/Other, response: none}
        models:""")));
    v.add(new Variant("an action on an operation's endpoint", replace("appointments.yaml", "models:", """
        - {name: getAgain, method: GET, path: "/appointments/{AptNum}", response: resource}
        models:""")));
    v.add(new Variant("action body field unknown type", replace("appointments.yaml",
        "{name: sendToUnscheduledList, type: bool, required: true}", "{name: sendToUnscheduledList, type: boolean}")));
    v.add(new Variant("action body field of an unknown resource field", replace("appointments.yaml",
        "{name: sendToUnscheduledList, type: bool, required: true}", "{name: x, field: Nope}")));
    v.add(new Variant("action named like an operation", replace("appointments.yaml", "  - name: break\n",
        "  - name: get\n")));
    v.add(new Variant("status not a number", replace("appointments.yaml", "    response: resource",
        "    response: resource\n    status: ok")));
    v.add(new Variant("update with a body entry of an unknown field", replace("patients.yaml",
        "{name: fee, field: Fee, versionAdded: \"22.1\"}", "{name: fee, field: Fees}")));
  }

  private static void namesAndDuplicates(List<Variant> v) {
    String[] entities = {"Object", "Patient$X", "String", "class", "9Lives", "record", "Override", "\"Pat ient\""};
    for (String e : entities) {
      v.add(new Variant("entity " + e, replace("patients.yaml", "entity: Patient", "entity: " + e)));
    }
    v.add(new Variant("model named Object", replace("appointments.yaml", "- name: Slot", "- name: Object")));
    v.add(new Variant("enum named Enum", replace("api.yaml", "  ApptStatus:", "  Enum:")));
    v.add(new Variant("resource named Patient$s", replace("patients.yaml", "resource: Patients", "resource: Patient$s")));
    v.add(new Variant("duplicate resource name", write("more.yaml", PATIENTS.replace("entity: Patient", "entity: More")
        .replace("table: patient", "table: more").replace("path: /patients", "path: /more"))));
    v.add(new Variant("duplicate entity", write("more.yaml", PATIENTS.replace("resource: Patients", "resource: More")
        .replace("table: patient", "table: more").replace("path: /patients", "path: /more"))));
    v.add(new Variant("duplicate resource path", write("more.yaml", PATIENTS.replace("resource: Patients",
        "resource: More").replace("entity: Patient", "entity: More").replace("table: patient", "table: more"))));
    v.add(new Variant("duplicate enum across files", write("enums.yaml",
        "enums:\n  ApptStatus:\n    members: {A: 0}\n")));
    v.add(new Variant("fields whose Java names clash", replace("patients.yaml", "{name: FName, type: string}",
        "{name: FName, type: string}\n  - {name: fName, type: string}\n  - {name: F_Name, type: string}")));
  }

  /** Every key of the API and resource files given a value of the wrong kind. */
  private static void wrongKinds(List<Variant> v) {
    Map<String, String[]> keys = new LinkedHashMap<>();
    keys.put("api.yaml", new String[] {"name: Clinic", "title: Clinic API", "basePath: /api/v1",
        "package: com.example.clinic", "header: Authorization", "scheme: ODFHIR", "separator: /", "date: yyyy-MM-dd",
        "offsetParam: Offset", "serverTime: serverDateTime"});
    keys.put("patients.yaml", new String[] {"entity: Patient", "path: /patients", "table: patient", "id: PatNum"});
    for (Map.Entry<String, String[]> file : keys.entrySet()) {
      for (String keyValue : file.getValue()) {
        String key = keyValue.substring(0, keyValue.indexOf(':'));
        v.add(new Variant(file.getKey() + " " + key + " given a list", replace(file.getKey(), keyValue, key + ": [a, b]")));
        v.add(new Variant(file.getKey() + " " + key + " given a map", replace(file.getKey(), keyValue, key + ": {a: b}")));
      }
    }
    v.add(new Variant("fields given a map", replace("patients.yaml", "fields:\n", "fields: {}\nx:\n")));
    v.add(new Variant("operations given a list", replace("patients.yaml", "operations:\n", "operations: []\nops:\n")));
  }

  // ---- changes

  static Change replace(String file, String old, String replacement) {
    return spec -> {
      Path path = spec.resolve(file);
      String text = Files.readString(path);
      if (!text.contains(old)) {
        throw new IllegalStateException("the variant expects '" + old + "' in " + file);
      }
      Files.writeString(path, text.replace(old, replacement));
    };
  }

  /** A replacement written as UTF-8 bytes, control characters included. */
  static Change replaceBytes(String file, String old, String replacement) {
    return replace(file, old, replacement);
  }

  /** A replacement, then the whole file written in {@code charset}. */
  static Change rawBytes(String file, String old, String replacement, java.nio.charset.Charset charset) {
    return spec -> {
      Path path = spec.resolve(file);
      String text = Files.readString(path);
      if (!text.contains(old)) {
        throw new IllegalStateException("the variant expects '" + old + "' in " + file);
      }
      Files.write(path, text.replace(old, replacement).getBytes(charset));
    };
  }

  /** The file written in {@code charset}, with {@code extra} added at its start. */
  static Change rewriteIn(String file, java.nio.charset.Charset charset, String extra) {
    return spec -> {
      Path path = spec.resolve(file);
      String text = Files.readString(path);
      Files.write(path, (extra.startsWith("notes") ? text + extra + "\n" : extra + text).getBytes(charset));
    };
  }

  static Change append(String file, String text) {
    return spec -> Files.writeString(spec.resolve(file), Files.readString(spec.resolve(file)) + text);
  }

  static Change appendBytes(String file, byte[] bytes) {
    return spec -> Files.write(spec.resolve(file), bytes, java.nio.file.StandardOpenOption.APPEND);
  }

  static Change write(String file, String text) {
    return spec -> Files.writeString(spec.resolve(file), text);
  }

  static Change bytes(String file, byte[] bytes) {
    return spec -> Files.write(spec.resolve(file), bytes);
  }

  /** A file of {@code size} bytes: {@code head}, then {@code fill} to the end (one line, no newline). */
  static Change sizedFile(String file, String head, long size, char fill) {
    return spec -> {
      byte[] chunk = String.valueOf(fill).repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      try (var out = Files.newOutputStream(spec.resolve(file))) {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        for (long written = head.length(); written < size; written += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
      }
    };
  }

  /** A file of {@code size} bytes that takes no disk: {@code head}, then zero bytes. */
  static Change sparseFile(String file, String head, long size) {
    return spec -> {
      Files.writeString(spec.resolve(file), head);
      try (RandomAccessFile raf = new RandomAccessFile(spec.resolve(file).toFile(), "rw")) {
        raf.setLength(size);
      }
    };
  }

  private static String blockNesting(int depth) {
    StringBuilder yaml = new StringBuilder("deep:\n");
    for (int i = 1; i <= depth; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.append("  ".repeat(depth + 1)).append("end: 1\n").toString();
  }

  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("enums:\n  a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "*a" + (i - 1);
      yaml.append("  a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
          java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    return yaml.toString();
  }
}
