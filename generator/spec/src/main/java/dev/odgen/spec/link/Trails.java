package dev.odgen.spec.link;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;

/** The context lines used while linking, worded the same way everywhere. */
public final class Trails {

  private Trails() {}

  public static Trail resource(String name, Location at) {
    return Trail.empty().in("in resource '" + name + "'", at);
  }

  public static Trail field(Trail resource, String name, Location at) {
    return resource.in("for field '" + name + "'", at);
  }

  public static Trail operation(Trail resource, String kind, Location at) {
    return resource.in("in operation '" + kind + "'", at);
  }

  public static Trail action(Trail resource, String name, Location at) {
    return resource.in("in action '" + name + "'", at);
  }

  public static Trail model(Trail resource, String name, Location at) {
    return resource.in("in model '" + name + "'", at);
  }

  public static Trail enumType(String name, Location at) {
    return Trail.empty().in("in enum '" + name + "'", at);
  }
}
