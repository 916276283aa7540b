package dev.odgen.samples.app.actions;

import dev.odgen.samples.opendental.entity.LogSources;
import dev.odgen.samples.opendental.entity.WebSchedLogType;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How this server remembers that Web Sched made an appointment: Open Dental keeps it in its eService log, which the
 * spec does not model, so the server writes a security log entry (AppointmentCreate, the Web Sched log source,
 * the AptNum in the text), as Open Dental itself also does, and reads it back for {@code GET /appointments/WebSched}.
 */
public final class WebSchedLog {
  private static final Pattern APT_NUM = Pattern.compile("\\(AptNum (\\d+)\\)");
  private static final Map<LogSources, WebSchedLogType> TYPES = Map.of(
      LogSources.WEB_SCHED, WebSchedLogType.RECALL,
      LogSources.WEB_SCHED_NEW_PAT_APPT, WebSchedLogType.NEW_PAT,
      LogSources.WEB_SCHED_EXISTING_PATIENT, WebSchedLogType.EXISTING_PAT,
      LogSources.WEB_SCHED_ASAP, WebSchedLogType.ASAP);

  private WebSchedLog() {}

  /** The log text of an appointment Web Sched made. */
  public static String text(long aptNum) {
    return "Appointment created through Web Sched (AptNum " + aptNum + ")";
  }

  static OptionalLong aptNum(String text) {
    Matcher m = APT_NUM.matcher(text);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** The kind of Web Sched booking a log source stands for; null for sources that are not Web Sched's. */
  static WebSchedLogType type(LogSources source) {
    return TYPES.get(source);
  }
}
