package dev.odgen.bench;

import com.google.testing.compile.Compilation;
import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.KeyStore;
import io.javalin.Javalin;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the generated server of the golden case (a measuring program, not a test): GET by id of a patient
 * (one query with its lookup joins, JSON in wire order) against a hello-world Javalin route, each under the
 * same closed-loop load of {@code connections} client threads for {@code seconds}. Prints requests per second
 * and latency percentiles. Client and server share the machine, so read the ratio rather than the rates.
 *
 * <pre>
 * java -cp generator/target/classes:generator/target/test-classes:&lt;dependencies&gt; \
 *     dev.odgen.bench.ServerBenchmark [connections] [seconds]
 * </pre>
 */
public final class ServerBenchmark {

  private static final int PATIENTS = 1000;

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Compilation compilation = CompileCheck.compile(
        new Codegen().emit(SampleModels.clinic(), "spec", CodegenRequest.builder(Path.of("unused")).spec(Path.of("spec")).build()));
    ClassLoader classes = CompileCheck.classLoader(compilation);
    try (HikariDataSource database = DataSources.h2InMemory("server-benchmark")) {
      Class<?> facade = classes.loadClass("com.example.clinic.server.ClinicBookServer");
      Object builder = facade.getMethod("builder").invoke(null);
      invoke(builder, "dataSource", database);
      invoke(builder, "keys", KeyStore.of(List.of(List.of("dev", "cust"))));
      invoke(builder, "host", "127.0.0.1");
      invoke(builder, "port", 0);
      Object server = invoke(invoke(builder, "build"), "start");
      String baseUrl = (String) invoke(server, "baseUrl");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      long provider = ((Db) invoke(server, "db")).insert(
          "INSERT INTO `provider` (`Abbr`, `LName`, `IsHidden`) VALUES (?, ?, ?)", List.of("DOC", "Jones", false));
      seed(client, baseUrl, provider);
      System.out.printf("seeded %d patients with provider %d; %d connections, %d s per run%n", PATIENTS, provider,
          connections, seconds);
      Javalin hello = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.routes.get("/hello", ctx -> ctx.result("hello"));
      }).start("127.0.0.1", 0);
      String helloUrl = "http://127.0.0.1:" + hello.port() + "/hello";
      try {
        String patientsUrl = baseUrl + "/patients/";
        run("warm-up hello", () -> helloUrl, connections, Math.max(2, seconds / 3), client, false);
        run("warm-up GET /patients/{id}", () -> patientsUrl + randomId(), connections, Math.max(2, seconds / 3), client,
            true);
        double helloRate = run("hello-world Javalin", () -> helloUrl, connections, seconds, client, false);
        double getRate = run("GET /patients/{id}", () -> patientsUrl + randomId(), connections, seconds, client, true);
        System.out.printf("GET by id / hello-world: %.2f%n", getRate / helloRate);
      } finally {
        hello.stop();
        invoke(server, "stop");
      }
    }
  }

  private static void seed(HttpClient client, String baseUrl, long provider) throws Exception {
    for (int i = 0; i < PATIENTS; i++) {
      send(client, "POST", baseUrl + "/patients", "{\"LName\":\"Patient" + i + "\",\"FName\":\"F" + i
          + "\",\"Birthdate\":\"1980-01-01\",\"EstBalance\":12.5,\"priProv\":" + provider + "}");
    }
  }

  private static long randomId() {
    return 1 + ThreadLocalRandom.current().nextInt(PATIENTS);
  }

  /** One closed-loop run; returns requests per second. */
  private static double run(String name, java.util.function.Supplier<String> url, int connections, int seconds,
      HttpClient client, boolean auth) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int[] errors = new int[connections];
    int[] counts = new int[connections];
    for (int t = 0; t < connections; t++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int index = t;
      Thread thread = new Thread(() -> {
        int n = 0;
        while (!stop.get()) {
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.get()));
          if (auth) {
            request.header("Authorization", "ODFHIR dev/cust");
          }
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors[index]++;
            }
          } catch (Exception e) {
            errors[index]++;
          }
          if (n < mine.length) {
            mine[n++] = System.nanoTime() - start;
          }
        }
        counts[index] = n;
      });
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(Duration.ofSeconds(seconds).toMillis());
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    double rate = total / (double) seconds;
    System.out.printf("%-28s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", name, rate,
        percentile(all, 0.50), percentile(all, 0.99), Arrays.stream(errors).sum());
    return rate;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
  }

  private static void send(HttpClient client, String method, String url, String body) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "ODFHIR dev/cust")
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
    }
  }

  private static Object invoke(Object target, String name, Object... args) throws Exception {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        return method.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(name);
  }
}
