package dev.odgen.runtime.server;

import dev.odgen.runtime.wire.PagingSettings;
import dev.odgen.runtime.wire.WireSettings;
import java.time.Clock;

/** The server-wide settings every request reads. */
record RequestSettings(String basePath, WireSettings wire, PagingSettings paging, Clock clock) {}
