package dev.odgen.runtime.testing;

import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.PagingSettings;
import dev.odgen.runtime.wire.WireSettings;
import java.util.List;

/** Settings shaped like the Open Dental API file, for tests. */
public final class Settings {
  public static final WireSettings WIRE =
      new WireSettings(
          true, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss", "0001-01-01",
          "DateFormatString", "DateTimeFormatString");
  public static final AuthSettings AUTH =
      new AuthSettings("Authorization", "ODFHIR", List.of("developerKey", "customerKey"), "/");
  public static final PagingSettings PAGING = new PagingSettings("Offset", "Limit", 100, 100);

  private Settings() {}
}
