package dev.odgen.samples.bench;

import io.javalin.Javalin;

/**
 * A hello-world Javalin server on loopback: {@code GET /hello} answers a short text. The load benchmark runs it in
 * its own JVM beside the generated server, as the ceiling of what Javalin serves on the machine. Given a route
 * count, it first registers that many other routes with a path parameter (as the generated server has one per
 * endpoint), so that the cost of Javalin's routing can be told apart from the generated code's.
 *
 * <p>Usage: {@code HelloWorldServer PORT [OTHER_ROUTES]}; stops on SIGTERM.
 */
public final class HelloWorldServer {
  private HelloWorldServer() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: HelloWorldServer PORT [OTHER_ROUTES]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    int others = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      for (int i = 0; i < others; i++) {
        config.routes.get("/resource" + i + "/{id}", ctx -> ctx.result(ctx.pathParam("id")));
      }
      config.routes.get("/hello", ctx -> ctx.result("Hello, World!"));
    });
    app.start("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "hello-stop"));
    System.out.println("hello-world Javalin (" + others + " other routes) listening on http://127.0.0.1:" + port + "/hello");
  }
}
