package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * What a spec file may not contain, found as the file is parsed (once) so that each problem has a line and a
 * column: characters YAML does not allow (NUL, other control characters), nesting deeper than {@link
 * #MAX_DEPTH}, aliases of maps and lists (a few of them nested make an "alias bomb" that expands into billions
 * of nodes; a spec never needs them), and tags such as {@code !foo} that say a value is something a spec has
 * no use for.
 */
final class YamlLimits {
  /** Text read from elsewhere than a file (a class path, memory) gets the same limit as a file's bytes. */
  static final int MAX_CHARS = 256 * 1024;

  /** Open Dental's spec nests 6 deep; 50 is snakeyaml's own default. */
  static final int MAX_DEPTH = 50;

  private static final String YAML_TAG = "tag:yaml.org,2002:";
  /** YAML's tags for what a spec holds; {@code !!binary}, {@code !!set}, {@code !!timestamp} and the like are not. */
  private static final Set<String> PLAIN_TAGS = Set.of(YAML_TAG + "str", YAML_TAG + "int", YAML_TAG + "float",
      YAML_TAG + "bool", YAML_TAG + "null", YAML_TAG + "map", YAML_TAG + "seq");

  /** A problem and where it is. */
  record Problem(Location at, String message, String fix) {}

  private YamlLimits() {}

  /** A problem found while the events went by; the parse stops there. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Exceeded(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** The characters of {@code source} that YAML does not allow, found before parsing; empty when none. */
  static Optional<Problem> check(SpecSource source) {
    return characters(source);
  }

  /**
   * A parser that checks each event as the composer takes it, so the file is parsed once: deeper than {@link
   * #MAX_DEPTH}, an alias of a map or list, or a tag, and it throws {@link Exceeded} with the event's place.
   */
  static Parser checking(SpecSource source, LoaderOptions options) {
    Parser parser = new ParserImpl(new StreamReader(new StringReader(source.text())), options);
    ReadScope scope = new ReadScope(source.path(), null);
    return new Parser() {
      private int depth;
      private final Set<String> collectionAnchors = new HashSet<>();

      @Override
      public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
      }

      @Override
      public Event peekEvent() {
        return parser.peekEvent();
      }

      @Override
      public Event getEvent() {
        Event event = parser.getEvent();
        check(event);
        return event;
      }

      private void check(Event event) {
        if (event instanceof CollectionStartEvent start) {
          if (++depth > MAX_DEPTH) {
            fail(scope, event, "maps and lists nest deeper than " + MAX_DEPTH + " levels",
                "a spec needs a few levels; check the indentation and the brackets");
          }
          if (start.getAnchor() != null) {
            collectionAnchors.add(start.getAnchor());
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
          fail(scope, event, "alias '*" + alias.getAnchor() + "' repeats a map or list",
              "write the entries out; spec files do not take aliases of maps and lists");
        }
        explicitTag(event).ifPresent(tag -> fail(scope, event, "unknown YAML tag '" + tag + "'",
            "remove the tag; spec values are plain text, numbers, true/false, lists and maps"));
      }
    };
  }

  /** A tag written in the file that is not one of YAML's own ({@code !!str}, {@code !!int}, ...). */
  private static Optional<String> explicitTag(Event event) {
    String tag = null;
    if (event instanceof ScalarEvent scalar && !scalar.getImplicit().canOmitTagInPlainScalar()
        && !scalar.getImplicit().canOmitTagInNonPlainScalar()) {
      tag = scalar.getTag();
    } else if (event instanceof CollectionStartEvent start && !start.getImplicit()) {
      tag = start.getTag();
    }
    if (tag == null || PLAIN_TAGS.contains(tag)) {
      return Optional.empty();
    }
    return Optional.of(tag.startsWith(YAML_TAG) ? "!!" + tag.substring(YAML_TAG.length()) : tag);
  }

  /** Characters YAML 1.1 does not allow in a stream, reported where they are. */
  private static Optional<Problem> characters(SpecSource source) {
    String text = source.text();
    if (text.length() > MAX_CHARS) {
      return Optional.of(new Problem(new Location(source.path(), 1, 1), "the file has " + text.length()
          + " characters; a spec file may have at most " + MAX_CHARS, "split it into several files"));
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c)) {
        String shown = String.format("U+%04X", c);
        return Optional.of(new Problem(new Location(source.path(), line, column),
            "the character " + shown + (c == 0 ? " (NUL)" : Character.isISOControl(c) ? " (a control character)" : "")
                + " is not allowed in a YAML file",
            "remove it; inside a double-quoted string write it as an escape such as \\\\u" + shown.substring(2)));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static boolean printable(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static void fail(ReadScope scope, Event event, String message, String fix) {
    throw new Exceeded(new Problem(scope.location(event.getStartMark()), message, fix));
  }

}
