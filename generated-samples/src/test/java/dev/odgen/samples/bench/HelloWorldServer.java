package dev.odgen.samples.bench;

import io.javalin.Javalin;

/**
 * A hello-world Javalin server on loopback: {@code GET /hello} answers a short text. The load benchmark runs it in
 * its own JVM beside the generated server, as the ceiling of what Javalin serves on the machine.
 *
 * <p>Usage: {@code HelloWorldServer PORT}; stops on SIGTERM.
 */
public final class HelloWorldServer {
  private HelloWorldServer() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: HelloWorldServer PORT");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/hello", ctx -> ctx.result("Hello, World!"));
    });
    app.start("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "hello-stop"));
    System.out.println("hello-world Javalin listening on http://127.0.0.1:" + port + "/hello");
  }
}
