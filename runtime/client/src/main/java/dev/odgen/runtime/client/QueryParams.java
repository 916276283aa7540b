package dev.odgen.runtime.client;

import dev.odgen.runtime.wire.WireEnum;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireValues;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query parameters of one call, written in the API's wire formats and percent-encoded (a space
 * is {@code %20}, never {@code +}). Every {@code add} skips a {@code null} value, so optional
 * filters chain directly. Get one from {@link HttpTransport#query()}.
 */
public final class QueryParams {
  private final WireFormats formats;
  private final List<Map.Entry<String, String>> params = new ArrayList<>();

  public QueryParams(WireFormats formats) {
    this.formats = formats;
  }

  public QueryParams addString(String name, String value) {
    if (value != null) {
      params.add(Map.entry(name, value));
    }
    return this;
  }

  public QueryParams addLong(String name, Long value) {
    return addString(name, value == null ? null : value.toString());
  }

  public QueryParams addInt(String name, Integer value) {
    return addString(name, value == null ? null : value.toString());
  }

  /** {@code true}/{@code false}. */
  public QueryParams addBool(String name, Boolean value) {
    return addString(name, value == null ? null : value.toString());
  }

  public QueryParams addDate(String name, LocalDate value) {
    return addString(name, value == null ? null : formats.formatDate(value));
  }

  public QueryParams addDateTime(String name, LocalDateTime value) {
    return addString(name, value == null ? null : formats.formatDateTime(value));
  }

  public QueryParams addMoney(String name, BigDecimal value) {
    return addString(name, value == null ? null : WireValues.money(value).toPlainString());
  }

  /** The member's wire name. */
  public QueryParams addEnum(String name, WireEnum value) {
    return addString(name, value == null ? null : value.wireName());
  }

  /** Whole numbers joined by commas, e.g. {@code 1,2,3}; nothing when null or empty. */
  public QueryParams addLongList(String name, List<Long> values) {
    if (values == null || values.isEmpty()) {
      return this;
    }
    var joined = new StringBuilder();
    for (Long v : values) {
      joined.append(joined.length() == 0 ? "" : ",").append(v);
    }
    return addString(name, joined.toString());
  }

  public boolean isEmpty() {
    return params.isEmpty();
  }

  /** {@code a=1&b=x%20y}, or "" when empty. */
  public String encode() {
    var out = new StringBuilder();
    for (Map.Entry<String, String> p : params) {
      out.append(out.length() == 0 ? "" : "&").append(percentEncode(p.getKey())).append('=').append(percentEncode(p.getValue()));
    }
    return out.toString();
  }

  /** Percent-encodes a query component or path segment (RFC 3986 unreserved characters stay). */
  public static String percentEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }
}
