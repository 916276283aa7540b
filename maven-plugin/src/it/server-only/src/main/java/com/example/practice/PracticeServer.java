package com.example.practice;

import com.example.practice.opendental.server.OpenDentalServer;
import dev.odgen.runtime.server.KeyStore;
import java.util.List;

/** The downstream backend's own code: configures the generated server (database, keys, where to listen). */
public final class PracticeServer {

  private PracticeServer() {}

  /** A server on a free local port over a fresh in-memory database, accepting one pair of keys. */
  public static OpenDentalServer inMemory(String name, String developerKey, String customerKey) {
    return OpenDentalServer.builder()
        .database("jdbc:h2:mem:" + name + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "")
        .keys(KeyStore.of(List.of(List.of(developerKey, customerKey))))
        .host("127.0.0.1")
        .port(0)
        .build();
  }
}
