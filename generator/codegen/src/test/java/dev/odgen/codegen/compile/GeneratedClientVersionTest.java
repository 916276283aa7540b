package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.client.ApiConnectionException;
import dev.odgen.runtime.client.ApiVersionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A generated client told its server's version refuses calls and fields the spec says came later, before
 * sending anything (the base URL answers nothing: a call that is sent fails to connect instead).
 */
class GeneratedClientVersionTest {
  private static final String NOWHERE = "http://127.0.0.1:9/api/v1";

  @Test
  void anEndpointNewerThanTheServerIsRefusedUnsentNamingBothVersions() throws Exception {
    Object patients = patients(client("21.0"));
    Throwable e = cause(() -> patients.getClass().getMethod("get", long.class).invoke(patients, 1L));
    assertEquals("GET /patients/{PatNum} needs Clinic Book 21.1 or later, and the server is Clinic Book 21.0"
        + " (as the client was built with serverVersion)", assertInstanceOf(ApiVersionException.class, e).getMessage());
  }

  @Test
  void aFieldNewerThanTheServerIsRefusedUnsentAndAnOlderBodyIsSent() throws Exception {
    ClassLoader classes = GoldenClasses.get();
    Object patients = patients(client("21.2"));
    Method create = patients.getClass().getMethod("create", classes.loadClass("com.example.clinic.entity.PatientPatch"));

    Object withUrgency = patch(classes, true);
    Throwable refused = cause(() -> create.invoke(patients, withUrgency));
    assertEquals("POST /patients sends Urgency, which Clinic Book added in 21.4, and the server is Clinic Book 21.2"
        + " (as the client was built with serverVersion): leave the field out",
        assertInstanceOf(ApiVersionException.class, refused).getMessage());

    Object without = patch(classes, false);
    assertInstanceOf(ApiConnectionException.class, cause(() -> create.invoke(patients, without)), "sent");
    Object unknownVersion = patients(client(null));
    assertInstanceOf(ApiConnectionException.class, cause(() -> create.invoke(unknownVersion, withUrgency)),
        "no version given: everything is sent");
  }

  @Test
  void aVersionThatIsNotDottedNumbersIsRefusedWhenSet() throws Exception {
    Throwable e = cause(() -> client("latest"));
    assertEquals("a server version is numbers separated by dots, e.g. 22.3.6; not 'latest'",
        assertInstanceOf(IllegalArgumentException.class, e).getMessage());
  }

  private static Object client(String version) throws Exception {
    Class<?> facade = GoldenClasses.get().loadClass("com.example.clinic.client.ClinicBookClient");
    Object builder = facade.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("baseUrl", String.class).invoke(builder, NOWHERE);
    type.getMethod("developerKey", String.class).invoke(builder, "dev");
    type.getMethod("customerKey", String.class).invoke(builder, "cust");
    type.getMethod("retry", dev.odgen.runtime.client.RetryPolicy.class)
        .invoke(builder, dev.odgen.runtime.client.RetryPolicy.none());
    if (version != null) {
      type.getMethod("serverVersion", String.class).invoke(builder, version);
    }
    return type.getMethod("build").invoke(builder);
  }

  private static Object patients(Object client) throws Exception {
    return client.getClass().getMethod("patients").invoke(client);
  }

  private static Object patch(ClassLoader classes, boolean urgency) throws Exception {
    Object builder = classes.loadClass("com.example.clinic.entity.PatientPatch").getMethod("builder").invoke(null);
    builder.getClass().getMethod("lName", String.class).invoke(builder, "Lee");
    builder.getClass().getMethod("fName", String.class).invoke(builder, "Ann");
    if (urgency) {
      builder.getClass().getMethod("urgency", int.class).invoke(builder, 4);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static Throwable cause(Call call) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class, call::run);
    return e.getCause();
  }
}
