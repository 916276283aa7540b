package com.example.practice;

import com.example.practice.opendental.server.OpenDentalServer;
import dev.odgen.runtime.server.KeyStore;
import java.util.List;

/** The downstream backend's own code: configures the generated server (keys, where to listen). */
public final class PracticeServer {

  private PracticeServer() {}

  /**
   * A server on a free local port accepting one pair of keys, on the default database: an H2 file
   * {@code opendental} in the working directory, with nothing added to the build for it.
   */
  public static OpenDentalServer onDefaultDatabase(String developerKey, String customerKey) {
    return OpenDentalServer.builder()
        .keys(KeyStore.of(List.of(List.of(developerKey, customerKey))))
        .host("127.0.0.1")
        .port(0)
        .build();
  }
}
