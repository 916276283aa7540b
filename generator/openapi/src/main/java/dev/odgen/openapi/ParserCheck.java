package dev.odgen.openapi;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference parser's verdict on a document (swagger-parser), each message placed at a JSON pointer and line.
 * Its messages name places as {@code attribute paths.'/pets'(get).responses is missing}; that path is turned into
 * a pointer ({@code /paths/~1pets/get/responses}) as far as it can be, and the line is the deepest part that exists.
 */
final class ParserCheck {

  private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\S+)(.*)");
  /** How the parser reports a reference to nothing: {@code attribute <place>.#/components/schemas/X is missing}. */
  private static final Pattern DANGLING = Pattern.compile("attribute (\\S+?)\\.(#/\\S+) is missing");
  private static final Pattern SEGMENT = Pattern.compile("'([^']*)'|\\(([a-z]+)\\)|([^.'()\\[\\]]+)");

  private ParserCheck() {}

  static List<ImportProblem> problems(String text, LocatedJson json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    List<ImportProblem> problems = new ArrayList<>();
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        Matcher dangling = DANGLING.matcher(message);
        Matcher m = ATTRIBUTE.matcher(message);
        if (dangling.matches()) {
          problems.add(json.problem(pointer(dangling.group(1)) + "/$ref",
              "reference '" + dangling.group(2) + "' points at nothing"));
        } else if (m.matches()) {
          problems.add(json.problem(pointer(m.group(1)), m.group(1) + m.group(2)));
        } else {
          problems.add(json.problem("", message));
        }
      }
    }
    if (problems.isEmpty() && result.getOpenAPI() == null) {
      problems.add(json.problem("", "the OpenAPI parser could not read the document"));
    }
    return problems;
  }

  /** {@code paths.'/pets'(get).responses} → {@code /paths/~1pets/get/responses}. */
  static String pointer(String attribute) {
    StringBuilder pointer = new StringBuilder();
    Matcher m = SEGMENT.matcher(attribute);
    while (m.find()) {
      String segment = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
