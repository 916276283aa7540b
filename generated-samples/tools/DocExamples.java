/*
 * DocExamples: extracts every example request and response from Open Dental's API documentation pages
 * into one JSON file of test data (for the replay test of the generated server).
 *
 * Run (Java 17, no dependencies, single-file source launch):
 *   java generated-samples/tools/DocExamples.java <mirror-git-dir> <reference-api-dir> <output.json>
 *
 * <mirror-git-dir>     a git directory (bare mirror, no work tree) holding the converted docs; the pages are read
 *                      from its HEAD with `git --git-dir=<dir> ls-tree` / `git show` (docs/md/www.opendental.com/site/api*.md).
 * <reference-api-dir>  the per-resource reference files <Resource>.json; ../resources.txt next to it names the
 *                      resources and their pages. Used to name the resource and the endpoint path of each section.
 *
 * Output is deterministic (pages by name, sections in page order, keys in a fixed order) and pretty-printed.
 * Figures are printed to stdout. Nothing is dropped silently: what cannot be classified goes to a section's
 * "problems".
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DocExamples {

    static final String PAGE_DIR = "docs/md/www.opendental.com/site/";

    // Line shapes inside an endpoint section.
    static final Pattern HEADING = Pattern.compile("^## (.*)$");
    static final Pattern ENDPOINT_HEADING = Pattern.compile("^\\S+\\s+(GET|POST|PUT|DELETE|PATCH)\\b.*");
    static final Pattern VERSION = Pattern.compile("(?i)^\\s*\\**Version Added\\**\\s*:?\\**\\s*(.+?)\\s*$");
    static final Pattern MARKER = Pattern.compile("^\\s*\\*\\*Example (Requests?|Responses?)([^*]*)\\*\\*:?(.*)$");
    static final Pattern METHOD_LINE = Pattern.compile("^\\s*(GET|POST|PUT|DELETE|PATCH)\\s+((?:/|https?://)\\S.*?)\\s*$");
    // A status line: three digits then text or nothing ("880," inside a JSON array of numbers is not one).
    static final Pattern STATUS_LINE = Pattern.compile("^\\s*([1-5]\\d\\d)(?:\\s+(.*))?$");
    static final Pattern LOCATION = Pattern.compile("(?i)\"location\"\\s*:\\s*(https?://[^\\s)\"]+)");
    static final Pattern STRING_LINE = Pattern.compile("^\"(?:[^\"\\\\]|\\\\.)*\"$");
    static final Pattern ETC_LINE = Pattern.compile("(?i)^\\s*(etc\\.*|ect\\.*|\\.\\.\\.+|\u2026)\\s*$");
    // A line that continues a JSON value after a stray closer ("key": ..., closers, etc...).
    static final Pattern JSON_CONTINUATION = Pattern.compile("^\\s*(\"[^\"]*\"\\s*:|[\\]}{\\[]|etc)");
    static final Map<String, String> REASONS = Map.of("200", "OK", "201", "Created", "204", "NoContent",
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound",
            "405", "MethodNotAllowed", "410", "Gone", "500", "InternalServerError");

    // ---------------------------------------------------------------- model

    static final class Body {
        String text;            // the block as shown on the page (markdown escapes undone)
        Object value;           // parsed JSON, or null
        boolean parsed, truncated;
        final List<String> fixes = new ArrayList<>();
    }

    static final class Resp {
        String label, location;
        Body body;
    }

    static final class Example {
        String method, path, label;
        Body body;
        Resp response;
        Example(String method, String path) { this.method = method; this.path = path; }
    }

    static final class Section {
        String resource, page, heading, method, pathTemplate, versionAdded, idField;
        final List<String> statuses = new ArrayList<>();
        final List<Example> examples = new ArrayList<>();
        final List<Resp> unpaired = new ArrayList<>();
        final List<Map<String, Object>> problems = new ArrayList<>();

        void problem(String reason, String text) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("reason", reason);
            if (text != null) p.put("text", text);
            problems.add(p);
        }
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java DocExamples.java <mirror-git-dir> <reference-api-dir> <output.json>");
            System.exit(2);
        }
        String gitDir = args[0];
        Path refDir = Path.of(args[1]).toAbsolutePath();
        Map<String, String> resourceByPage = new HashMap<>();
        for (String line : Files.readAllLines(refDir.getParent().resolve("resources.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2) resourceByPage.put(f[1], f[0]);
        }

        List<String> pages = new ArrayList<>();
        for (String p : git(gitDir, "ls-tree", "-r", "--name-only", "HEAD", PAGE_DIR).split("\n"))
            if (p.matches(Pattern.quote(PAGE_DIR) + "api[^/]*\\.md")) pages.add(p);
        Collections.sort(pages);
        if (pages.isEmpty()) throw new IllegalStateException("no " + PAGE_DIR + "api*.md at HEAD of " + gitDir);

        List<Section> sections = new ArrayList<>();
        List<String> prosePages = new ArrayList<>();
        Set<String> matchedEndpoints = new HashSet<>();
        Set<String> resourcesSeen = new TreeSet<>();
        for (String path : pages) {
            String page = path.substring(PAGE_DIR.length()).replaceFirst("\\.md$", ".html");
            String resource = resourceByPage.get(page);
            List<Map<String, Object>> endpoints = List.of();
            String idField = null;
            if (resource != null) {
                resourcesSeen.add(resource);
                Path ref = refDir.resolve(resource + ".json");
                if (Files.exists(ref)) {
                    Map<?, ?> r = (Map<?, ?>) Json.parse(Files.readString(ref), null);
                    endpoints = castList(r.get("endpoints"));
                    idField = (String) r.get("idField");
                }
            }
            List<Section> found = parsePage(git(gitDir, "show", "HEAD:" + path), page, resource);
            if (found.isEmpty()) prosePages.add(page);
            for (Section s : found) {
                if (resource == null) s.problem("page is not listed in resources.txt; no reference endpoints", null);
                else { s.idField = idField; matchEndpoint(s, endpoints, matchedEndpoints); }
                checkSection(s);
            }
            sections.addAll(found);
        }

        Files.writeString(Path.of(args[2]), Json.write(toJson(sections)) + "\n", StandardCharsets.UTF_8);
        printFigures(pages, prosePages, sections, refDir, resourceByPage, resourcesSeen, matchedEndpoints);
    }

    // ---------------------------------------------------------------- page parsing

    static List<Section> parsePage(String text, String page, String resource) {
        List<String> lines = Arrays.asList(text.replace("\r", "").split("\n", -1));
        List<Section> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !HEADING.matcher(lines.get(i)).matches()) continue;
            if (start >= 0) {
                String heading = lines.get(start).substring(3).trim();
                Matcher m = ENDPOINT_HEADING.matcher(heading);
                if (m.matches()) { // sections on prose pages (setup, events...) are not endpoints
                    Section s = new Section();
                    s.page = page; s.resource = resource; s.heading = heading; s.method = m.group(1);
                    parseSection(s, lines.subList(start + 1, i));
                    out.add(s);
                }
            }
            start = i;
        }
        return out;
    }

    /** Walks the lines of one section: a small state machine over markers, request lines, JSON blocks, statuses. */
    static void parseSection(Section s, List<String> lines) {
        String mode = null;                         // null before the first marker, then "REQ" or "RESP"
        List<Example> group = new ArrayList<>();    // consecutive request lines that share the bodies that follow
        List<Example> blockReqs = new ArrayList<>();
        List<Resp> blockResps = new ArrayList<>();
        boolean afterOr = false, hoisted = false;
        String label = null;
        List<String> texts = new ArrayList<>(); // text lines since the last token; the first may name the next example
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i), t = unmd(line.strip());
            if (t.isEmpty()) continue;
            Matcher m;
            if (mode == null) {
                if ((m = VERSION.matcher(line)).matches() && s.versionAdded == null) s.versionAdded = m.group(1);
                else if (METHOD_LINE.matcher(line).matches()) s.problem("request line before any Example heading", t);
                if (!MARKER.matcher(line).matches()) continue;
            }
            boolean json = startsJson(t);
            Matcher loc = LOCATION.matcher(t);
            boolean isText = !json && !MARKER.matcher(line).matches() && !STATUS_LINE.matcher(line).matches()
                    && !t.equalsIgnoreCase("or") && !METHOD_LINE.matcher(line).matches();
            if (isText) {
                if (loc.find() && "RESP".equals(mode) && !blockResps.isEmpty())
                    blockResps.get(blockResps.size() - 1).location = loc.group(1);
                else texts.add(t);
                continue;
            }
            if (json && !texts.isEmpty()) label = texts.remove(0); // e.g. "Frequency Limitation (Every # Years)"
            for (String x : texts) s.problem("unclassified text in the examples", x);
            texts.clear();
            if ((m = MARKER.matcher(line)).matches()) {
                boolean req = m.group(1).startsWith("Request");
                if (req && "RESP".equals(mode)) { pair(s, blockReqs, blockResps); group.clear(); }
                else if (!req && "RESP".equals(mode) && !blockResps.isEmpty() && !hoisted)
                    s.problem("second Example Response heading after a response", t);
                mode = req ? "REQ" : "RESP";
                afterOr = false;
                String rest = (m.group(2) + " " + m.group(3)).replace(":", " ").strip();
                if (rest.startsWith("(") && rest.endsWith(")")) label = rest.substring(1, rest.length() - 1);
                else if (STATUS_LINE.matcher(rest).matches()) addStatus(s, rest, blockResps);
                else if (!rest.isEmpty()) s.problem("text after an Example heading", rest);
                continue;
            }
            if (STATUS_LINE.matcher(line).matches()) { addStatus(s, t, blockResps); continue; }
            if (t.equalsIgnoreCase("or")) { afterOr = true; continue; }
            if ((m = METHOD_LINE.matcher(line)).matches()) {
                if ("RESP".equals(mode)) {
                    s.problem("request line after a response without an Example Request heading", t);
                    pair(s, blockReqs, blockResps);
                    mode = "REQ";
                }
                if (group.stream().anyMatch(e -> e.body != null)) group.clear();
                Example ex = new Example(m.group(1), m.group(2));
                group.add(ex); blockReqs.add(ex); s.examples.add(ex);
                afterOr = false;
                continue;
            }
            if (json) {
                int end = scanJson(lines, i);
                Body b = parseBody(lines.subList(i, end));
                i = end - 1;
                if ("REQ".equals(mode) && !group.isEmpty() && group.get(0).method.equals("GET")) {
                    // a GET has no body: this is its response, printed before the Example Response heading
                    s.problem("response body placed before the Example Response heading", null);
                    mode = "RESP";
                    hoisted = true;
                }
                if ("REQ".equals(mode)) {
                    Example target = afterOr ? null : group.stream().filter(e -> e.body == null).findFirst().orElse(null);
                    if (target == null && group.isEmpty()) {
                        s.problem("request body without a request line", b.text);
                    } else {
                        if (target == null) { // an alternative body ("or", or simply another block): same request line
                            Example first = group.get(0);
                            target = new Example(first.method, first.path);
                            group.add(target); blockReqs.add(target); s.examples.add(target);
                        }
                        target.body = b;
                        target.label = label;
                    }
                } else {
                    Resp r = new Resp();
                    r.body = b; r.label = label;
                    blockResps.add(r);
                }
                afterOr = false; label = null;
                continue;
            }
            throw new IllegalStateException("unreachable: " + t);
        }
        for (String x : texts) s.problem("unclassified text in the examples", x);
        if (label != null) s.problem("label without an example after it", label);
        pair(s, blockReqs, blockResps);
    }

    /** Pairs the responses of one Example Response block with the requests since the previous one. */
    static void pair(Section s, List<Example> reqs, List<Resp> resps) {
        if (!resps.isEmpty()) {
            List<String> reqLabels = reqs.stream().map(e -> e.label).toList();
            boolean byLabel = resps.stream().allMatch(r -> r.label != null && reqLabels.contains(r.label));
            if (reqs.isEmpty()) {
                s.unpaired.addAll(resps);
                s.problem("response without a request", null);
            } else if (byLabel) {
                for (Resp r : resps) reqs.get(reqLabels.indexOf(r.label)).response = r;
            } else if (resps.size() == reqs.size()) {
                for (int k = 0; k < resps.size(); k++) reqs.get(k).response = resps.get(k);
            } else {
                reqs.get(0).response = resps.get(0);
                if (resps.size() > 1) {
                    s.unpaired.addAll(resps.subList(1, resps.size()));
                    s.problem(resps.size() + " responses for " + reqs.size()
                            + " requests: first paired with first, the others kept in unpairedResponses", null);
                }
            }
        }
        reqs.clear();
        resps.clear();
    }

    static void addStatus(Section s, String text, List<Resp> blockResps) {
        Matcher m = STATUS_LINE.matcher(text);
        if (!m.matches()) return;
        String code = m.group(1), rest = m.group(2) == null ? "" : m.group(2);
        Matcher loc = LOCATION.matcher(rest);
        if (loc.find() && !blockResps.isEmpty()) blockResps.get(blockResps.size() - 1).location = loc.group(1);
        // The reason phrase as written, without spaces: "Bad Request" -> "BadRequest".
        String written = rest.replaceFirst("[(\",].*$", "").replace(" ", "").replace(".", "");
        String reason = REASONS.getOrDefault(code, written);
        if (!written.isEmpty() && !written.equalsIgnoreCase(reason))
            s.problem("status line whose reason does not fit its code", text);
        String status = code + " " + reason;
        if (!s.statuses.contains(status)) s.statuses.add(status);
    }

    // ---------------------------------------------------------------- JSON blocks

    /** The markdown converter escaped '_' and '*' (the pages' HTML has them plain). */
    static String unmd(String line) { return line.replace("\\_", "_").replace("\\*", "*"); }

    static boolean startsJson(String t) {
        return t.startsWith("{") || t.startsWith("[") || STRING_LINE.matcher(t).matches();
    }

    static boolean ends(String line) { // lines that cannot belong to a JSON block
        return MARKER.matcher(line).matches() || STATUS_LINE.matcher(line).matches()
                || METHOD_LINE.matcher(line).matches() || line.strip().equalsIgnoreCase("or");
    }

    /**
     * Returns the end (exclusive) of the JSON block starting at line i. Brackets are counted outside strings;
     * a string never spans lines for counting purposes, so an unclosed quote (a docs typo) cannot swallow the
     * rest of the page, while multi-line SQL strings still sit inside their braces. Blank lines inside an
     * open block are kept (one page has one), and a block that closes too early because of a stray '}' keeps
     * the JSON-looking lines after it up to the next blank line.
     */
    static int scanJson(List<String> lines, int i) {
        int depth = 0, k = i;
        while (k < lines.size()) {
            String line = lines.get(k);
            if (k > i && ends(line)) break;
            depth += depthDelta(line);
            k++;
            if (depth <= 0) {
                while (k < lines.size() && !lines.get(k).isBlank() && !ends(lines.get(k))
                        && JSON_CONTINUATION.matcher(lines.get(k)).find())
                    k++;
                return k;
            }
        }
        while (k > i + 1 && lines.get(k - 1).isBlank()) k--;
        return k;
    }

    static int depthDelta(String line) {
        int d = 0;
        boolean in = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (in) {
                if (c == '\\') k++;
                else if (c == '"') in = false;
            } else if (c == '"') in = true;
            else if (c == '{' || c == '[') d++;
            else if (c == '}' || c == ']') d--;
        }
        return d;
    }

    /** Undoes the markdown converter's escapes, drops elision lines, then parses leniently, noting each fix. */
    static Body parseBody(List<String> blockLines) {
        Body b = new Body();
        List<String> kept = new ArrayList<>();
        for (String l : blockLines) kept.add(unmd(l));
        b.text = String.join("\n", kept).strip();
        StringBuilder json = new StringBuilder();
        for (String l : kept) {
            if (ETC_LINE.matcher(l).matches()) { b.truncated = true; continue; }
            json.append(l).append('\n');
        }
        if (b.truncated) b.fixes.add("removed elision lines (etc...)");
        if (!b.text.equals(String.join("\n", blockLines).strip())) b.fixes.add("undid markdown escapes (\\_ \\*)");
        try {
            Set<String> fixes = new LinkedHashSet<>();
            b.value = Json.parse(json.toString(), fixes);
            b.parsed = true;
            b.fixes.addAll(fixes);
        } catch (IllegalArgumentException e) {
            b.fixes.add("not JSON: " + e.getMessage());
        }
        return b;
    }

    // ---------------------------------------------------------------- reference matching and checks

    static void matchEndpoint(Section s, List<Map<String, Object>> endpoints, Set<String> matched) {
        Map<String, Object> hit = null;
        for (Map<String, Object> e : endpoints)
            if (s.heading.equals(e.get("title"))) { hit = e; break; }
        if (hit == null && !s.examples.isEmpty()) { // fall back to the first example's method and path
            for (Map<String, Object> e : endpoints)
                if (s.method.equals(e.get("method")) && pathFits((String) e.get("path"), s.examples.get(0).path)
                        && (hit == null || ((String) e.get("path")).indexOf('{') < 0)) hit = e;
            if (hit != null) s.problem("matched to the reference by path, not by title", (String) hit.get("title"));
        }
        if (hit == null) { s.problem("no reference endpoint matches this section", null); return; }
        s.pathTemplate = (String) hit.get("path");
        matched.add(s.resource + " " + hit.get("method") + " " + hit.get("path"));
        if (!s.method.equals(hit.get("method"))) s.problem("reference method differs: " + hit.get("method"), null);
        List<String> ref = castList(hit.get("responses"));
        if (!s.statuses.isEmpty() && !codes(ref).equals(codes(s.statuses)))
            s.problem("documented statuses differ from the reference " + ref, null);
    }

    static Set<String> codes(List<String> statuses) {
        Set<String> c = new TreeSet<>();
        for (String x : statuses) c.add(x.substring(0, 3));
        return c;
    }

    static boolean pathFits(String template, String path) {
        String p = path.replaceFirst("^https?://[^/]+/api/v1", "").replaceFirst("[?].*$", "");
        String re = Arrays.stream(template.split("\\{[^}]+}", -1)).map(Pattern::quote)
                .reduce((a, c) -> a + "[^/]+" + c).orElse("");
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE).matcher(p).matches();
    }

    static void checkSection(Section s) {
        if (s.examples.isEmpty()) s.problem("no example request in this section", null);
        boolean anyBody = s.examples.stream().anyMatch(e -> e.body != null);
        for (Example e : s.examples) {
            if (!e.method.equals(s.method)) s.problem("example request uses another method than the heading", e.method + " " + e.path);
            else if (s.pathTemplate != null && !pathFits(s.pathTemplate, e.path))
                s.problem("example request path does not fit " + s.pathTemplate, e.path);
            if (e.path.contains(" ")) s.problem("example request path has an unencoded space", e.path);
            if (e.body == null && anyBody && !e.method.equals("GET") && !e.method.equals("DELETE"))
                s.problem("request line without a body while others in the section have one", e.path);
            if (e.body != null && !e.body.parsed) s.problem("request body is not JSON", e.body.fixes.get(e.body.fixes.size() - 1));
            if (e.response != null && !e.response.body.parsed)
                s.problem("response body is not JSON", e.response.body.fixes.get(e.response.body.fixes.size() - 1));
            String pathId = idInPath(s, e.path);
            if (e.response != null && pathId != null && e.response.body.value instanceof Map<?, ?> body
                    && body.get(s.idField) instanceof Num n && !n.text().equals(pathId))
                s.problem("response " + s.idField + " " + n.text() + " differs from the id in the request path", e.path);
        }
        if (!s.examples.isEmpty() && s.examples.stream().allMatch(e -> e.response == null) && s.method.equals("GET"))
            s.problem("GET section without an example response body", null);
    }

    /** The value written where the path template has {idField}, e.g. "34" for /appointments/34/Note. */
    static String idInPath(Section s, String path) {
        if (s.pathTemplate == null || s.idField == null) return null;
        String[] t = s.pathTemplate.split("/"), p = path.replaceFirst("[?].*$", "").split("/");
        for (int k = 0; k < t.length && k < p.length; k++)
            if (t[k].equals("{" + s.idField + "}")) return p[k];
        return null;
    }

    // ---------------------------------------------------------------- output

    static List<Object> toJson(List<Section> sections) {
        List<Object> out = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resource", s.resource);
            m.put("page", s.page);
            m.put("section", s.heading);
            m.put("method", s.method);
            m.put("pathTemplate", s.pathTemplate);
            m.put("versionAdded", s.versionAdded);
            m.put("documentedStatuses", new ArrayList<Object>(s.statuses));
            List<Object> exs = new ArrayList<>();
            for (Example e : s.examples) {
                Map<String, Object> req = new LinkedHashMap<>();
                req.put("method", e.method);
                req.put("path", e.path);
                if (e.label != null) req.put("label", e.label);
                req.put("body", e.body != null && e.body.parsed ? e.body.value : null);
                if (e.body != null) {
                    req.put("bodyText", e.body.text);
                    req.put("fixes", new ArrayList<Object>(e.body.fixes));
                }
                Map<String, Object> ex = new LinkedHashMap<>();
                ex.put("request", req);
                ex.put("response", e.response == null ? null : respJson(e.response));
                exs.add(ex);
            }
            m.put("examples", exs);
            List<Object> un = new ArrayList<>();
            for (Resp r : s.unpaired) un.add(respJson(r));
            m.put("unpairedResponses", un);
            m.put("problems", new ArrayList<Object>(s.problems));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> respJson(Resp r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.label != null) m.put("label", r.label);
        m.put("body", r.body.parsed ? r.body.value : null);
        m.put("bodyText", r.body.text);
        m.put("truncated", r.body.truncated);
        if (r.location != null) m.put("location", r.location);
        m.put("fixes", new ArrayList<Object>(r.body.fixes));
        return m;
    }

    static void printFigures(List<String> pages, List<String> prosePages, List<Section> sections, Path refDir,
                             Map<String, String> resourceByPage, Set<String> resourcesSeen, Set<String> matched) throws IOException {
        int reqs = 0, withBody = 0, bodyJson = 0, resps = 0, respJson = 0, truncated = 0, unpaired = 0, noStatus = 0;
        List<String> withProblems = new ArrayList<>(), noExample = new ArrayList<>(), noStatuses = new ArrayList<>();
        for (Section s : sections) {
            if (!s.problems.isEmpty()) withProblems.add(s.page + " | " + s.heading + " (" + s.problems.size() + ")");
            if (s.examples.isEmpty()) noExample.add(s.page + " | " + s.heading);
            if (s.statuses.isEmpty()) { noStatus++; noStatuses.add(s.heading); }
            List<Resp> all = new ArrayList<>(s.unpaired);
            unpaired += s.unpaired.size();
            for (Example e : s.examples) {
                reqs++;
                if (e.body != null) { withBody++; if (e.body.parsed) bodyJson++; }
                if (e.response != null) all.add(e.response);
            }
            for (Resp r : all) {
                resps++;
                if (r.body.parsed) respJson++;
                if (r.body.truncated) truncated++;
            }
        }
        System.out.println("pages read: " + pages.size() + " (api*.md)");
        System.out.println("pages without endpoint sections: " + prosePages.size() + " " + prosePages);
        System.out.println("endpoint sections: " + sections.size());
        System.out.println("example requests: " + reqs + ", with a body: " + withBody + " (JSON " + bodyJson + ", not JSON " + (withBody - bodyJson) + ")");
        System.out.println("example responses: " + resps + " (paired " + (resps - unpaired) + ", unpaired " + unpaired
                + "), parsed as JSON: " + respJson + ", not JSON: " + (resps - respJson) + ", truncated (etc.): " + truncated);
        System.out.println("sections without status lines: " + noStatus + " " + noStatuses);
        System.out.println("sections without an example request: " + noExample.size() + " " + noExample);
        System.out.println("sections with problems: " + withProblems.size());
        for (String p : withProblems) System.out.println("  " + p);
        List<String> missing = new ArrayList<>();
        for (String res : new TreeSet<>(resourceByPage.values())) {
            if (!resourcesSeen.contains(res)) { missing.add(res + " (no page)"); continue; }
            Path ref = refDir.resolve(res + ".json");
            if (!Files.exists(ref)) continue;
            List<Map<String, Object>> endpoints = castList(((Map<?, ?>) Json.parse(Files.readString(ref), null)).get("endpoints"));
            for (Map<String, Object> e : endpoints)
                if (!matched.contains(res + " " + e.get("method") + " " + e.get("path")))
                    missing.add(res + " " + e.get("method") + " " + e.get("path"));
        }
        System.out.println("reference endpoints without a page section: " + missing.size() + " " + missing);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> castList(Object o) { return o == null ? List.of() : (List<T>) o; }

    static String git(String gitDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir=" + gitDir));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) { in.transferTo(buf); }
        if (p.waitFor() != 0) throw new IOException("git failed: " + cmd);
        return buf.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- small JSON reader/writer

    /** JSON numbers keep their written form ("-1.0" stays "-1.0"). */
    record Num(String text) {}

    static final class Json {
        final String s;
        final Set<String> fixes; // null = strict (reference files); else leniencies used are noted here
        int p;

        Json(String s, Set<String> fixes) { this.s = s; this.fixes = fixes; }

        static Object parse(String s, Set<String> fixes) {
            Json j = new Json(s, fixes);
            Object v = j.value();
            j.ws();
            if (j.p < s.length()) throw j.error("text after the value");
            return v;
        }

        IllegalArgumentException error(String what) {
            int line = 1;
            for (int k = 0; k < Math.min(p, s.length()); k++) if (s.charAt(k) == '\n') line++;
            return new IllegalArgumentException(what + " at line " + line);
        }

        void lenient(String fix) {
            if (fixes == null) throw error(fix);
            fixes.add(fix);
        }

        void ws() { while (p < s.length() && Character.isWhitespace(s.charAt(p))) p++; }

        char peek() { ws(); if (p >= s.length()) throw error("unexpected end"); return s.charAt(p); }

        Object value() {
            char c = peek();
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            for (String lit : new String[]{"true", "false", "null"})
                if (s.startsWith(lit, p)) { p += lit.length(); return lit.equals("null") ? null : Boolean.valueOf(lit); }
            Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?").matcher(s).region(p, s.length());
            if (m.lookingAt()) { p = m.end(); return new Num(m.group()); }
            throw error("unexpected character '" + c + "'");
        }

        Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            p++;
            if (peek() == '}') { p++; return m; }
            while (true) {
                if (peek() == '}') { lenient("removed trailing comma"); p++; return m; }
                if (peek() != '"') throw error("expected a key");
                String key = string();
                if (peek() != ':') throw error("expected ':'");
                p++;
                Object v = value();
                if (m.containsKey(key)) lenient("duplicate key " + key + " (last kept)");
                m.put(key, v);
                char c = peek();
                if (c == ',') p++;
                else if (c == '}') { p++; return m; }
                else if (c == '"') lenient("inserted missing comma");
                else throw error("expected ',' or '}'");
            }
        }

        List<Object> array() {
            List<Object> a = new ArrayList<>();
            p++;
            if (peek() == ']') { p++; return a; }
            while (true) {
                if (peek() == ']') { lenient("removed trailing comma"); p++; return a; }
                a.add(value());
                char c = peek();
                if (c == ',') p++;
                else if (c == ']') { p++; return a; }
                else if (c == '{' || c == '[' || c == '"') lenient("inserted missing comma");
                else throw error("expected ',' or ']'");
            }
        }

        String string() {
            StringBuilder b = new StringBuilder();
            p++;
            while (true) {
                if (p >= s.length()) throw error("unterminated string");
                char c = s.charAt(p++);
                if (c == '"') return b.toString();
                if (c == '\\' && p < s.length()) {
                    char e = s.charAt(p++);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> { b.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; }
                        default -> { lenient("kept invalid escape as a backslash"); b.append('\\'); p--; }
                    }
                } else {
                    if (c < 0x20) {
                        if (c == '\n') lenient("kept a line break inside a string");
                        else lenient("kept a control character inside a string");
                    }
                    b.append(c);
                }
            }
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(b, v, "");
            return b.toString();
        }

        static void write(StringBuilder b, Object v, String ind) {
            if (v == null) b.append("null");
            else if (v instanceof Num n) b.append(n.text());
            else if (v instanceof Boolean || v instanceof Number) b.append(v);
            else if (v instanceof String str) quote(b, str);
            else if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) { b.append("{}"); return; }
                b.append("{\n");
                int k = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(ind).append("  ");
                    quote(b, (String) e.getKey());
                    b.append(": ");
                    write(b, e.getValue(), ind + "  ");
                    b.append(++k < m.size() ? ",\n" : "\n");
                }
                b.append(ind).append('}');
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) { b.append("[]"); return; }
                b.append("[\n");
                for (int k = 0; k < l.size(); k++) {
                    b.append(ind).append("  ");
                    write(b, l.get(k), ind + "  ");
                    b.append(k + 1 < l.size() ? ",\n" : "\n");
                }
                b.append(ind).append(']');
            } else throw new IllegalArgumentException("cannot write " + v.getClass());
        }

        static void quote(StringBuilder b, String s) {
            b.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            b.append('"');
        }
    }
}
