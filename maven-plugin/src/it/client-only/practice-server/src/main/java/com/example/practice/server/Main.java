package com.example.practice.server;

import com.example.practice.opendental.server.OpenDentalServer;
import dev.odgen.runtime.server.KeyStore;
import java.util.List;

/**
 * The practice's server: the generated server on its default database (an H2 file {@code opendental} in the
 * working directory), on 127.0.0.1 and the port given (0 for any free one), accepting one key pair. Prints the
 * base URL once it listens, and runs until it is stopped.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    OpenDentalServer server = OpenDentalServer.builder()
        .keys(KeyStore.of(List.of(List.of(args[1], args[2]))))
        .host("127.0.0.1")
        .port(port)
        .build()
        .start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("listening on " + server.baseUrl());
  }
}
