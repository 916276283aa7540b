package dev.odgen.runtime.server;

import dev.odgen.runtime.wire.Checks;
import dev.odgen.runtime.wire.Json;
import dev.odgen.runtime.wire.QueryReader;
import dev.odgen.runtime.wire.WireFormatException;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireReader;
import dev.odgen.runtime.wire.WireValues;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * One request as a handler sees it: typed path and query parameters, paging, the JSON body, the
 * output formats asked for, the caller's credentials and the server's clock. Every parse error
 * is a {@link WireFormatException} or {@link BadRequestException}, which the server answers with
 * 400 and the message.
 */
public final class ApiRequest {
  /** Context attribute holding the credentials the auth check accepted. */
  static final String CREDENTIALS = "odgen.credentials";

  private final Context ctx;
  private final RequestSettings settings;
  private final LocalDateTime serverTime;
  private final Map<String, String> pathParams;
  private QueryReader query;
  private WireFormats outputFormats;

  ApiRequest(Context ctx, RequestSettings settings, Map<String, String> pathParams) {
    this.ctx = ctx;
    this.settings = settings;
    this.pathParams = pathParams;
    this.serverTime = LocalDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS);
  }

  /** The HTTP method, upper case. */
  public String method() {
    return ctx.method().name();
  }

  /** The request path, including the base path. */
  public String path() {
    return ctx.path();
  }

  /** A path parameter as given, e.g. {@code pathParam("AptNum")} for {@code /appointments/{AptNum}}. */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the route has no path parameter '" + name + "'; it has " + pathParams.keySet());
    }
    return Checks.text(name, value);
  }

  /**
   * A whole-number path parameter; 400 {@code AptNum: 'abc' is not a whole number} otherwise. Only the plain
   * spelling counts ({@code 12}, not {@code +12}, {@code 012}, {@code %2012} or other scripts' digits), so one
   * row has one path.
   */
  public long pathLong(String name) {
    return WireValues.parseLong(name, pathParam(name));
  }

  /** Query parameters, parsed with the API's input formats. */
  public QueryReader query() {
    if (query == null) {
      QueryStrings.check(ctx.queryString());
      query = new QueryReader(ctx.queryParamMap(), settings.wire().formats());
    }
    return query;
  }

  /**
   * The page asked for: offset (default 0) and limit (default the page size).
   *
   * @throws WireFormatException e.g. {@code Limit: '500' is not a whole number from 1 to 100}
   */
  public Page page() {
    var paging = settings.paging();
    long offset = query().optLong(paging.offsetParam()).orElse(0L);
    if (offset < 0) {
      throw WireFormatException.notA(paging.offsetParam(), Long.toString(offset), "a whole number of at least 0");
    }
    long limit = query().optLong(paging.limitParam()).orElse((long) paging.pageSize());
    if (limit < 1 || limit > paging.maxLimit()) {
      throw WireFormatException.notA(
          paging.limitParam(), Long.toString(limit), "a whole number from 1 to " + paging.maxLimit());
    }
    return new Page(offset, (int) limit);
  }

  /**
   * The formats responses to this request are written in: the API's, with the date and
   * date-time override parameters applied when given.
   *
   * @throws WireFormatException e.g. {@code DateFormatString: 'qq' is not a valid date/time pattern}
   */
  public WireFormats outputFormats() {
    if (outputFormats == null) {
      var wire = settings.wire();
      String date = wire.dateFormatParamName().flatMap(query()::raw).orElse(null);
      String dateTime = wire.dateTimeFormatParamName().flatMap(query()::raw).orElse(null);
      outputFormats = wire.formats(date, dateTime);
    }
    return outputFormats;
  }

  /**
   * The body as a JSON object, read with the API's input formats; text fields must be JSON strings of valid
   * Unicode ({@link WireReader#ofRequestBody}).
   *
   * @throws BadRequestException when the content type is missing or not JSON in UTF-8
   * @throws WireFormatException when the body is empty, not JSON or not an object
   */
  public WireReader body() {
    checkJsonContentType();
    return WireReader.ofRequestBody(Json.parseObject("request body", ctx.bodyAsBytes()), settings.wire().formats());
  }

  /** The raw body text (any content type). */
  public String bodyText() {
    return ctx.body();
  }

  /** The credentials the caller authenticated with, in header order (empty without auth). */
  public List<String> credentials() {
    List<String> c = ctx.attribute(CREDENTIALS);
    return c == null ? List.of() : c;
  }

  /** The server's clock at the start of the request, to the second (for {@code serverDateTime}). */
  public LocalDateTime serverTime() {
    return serverTime;
  }

  /** A request header, or {@code null}. */
  public String header(String name) {
    return ctx.header(name);
  }

  /** The Javalin context, for anything not covered here. */
  public Context context() {
    return ctx;
  }

  /** The absolute URL of a path relative to the base path. */
  String absoluteUrl(String relative) {
    if (relative.startsWith("http://") || relative.startsWith("https://")) {
      return relative;
    }
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null ? "localhost" : host) + settings.basePath() + relative;
  }

  private void checkJsonContentType() {
    ContentTypes.requireJson(ctx.req().getHeaders("Content-Type"));
    ContentTypes.requireIdentityEncoding(ctx.header("Content-Encoding"));
  }
}
