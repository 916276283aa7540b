package dev.odgen.spec.model;

/** The five CRUD operations, with their HTTP method and whether the path carries the id. */
public enum OperationKind {
  GET("get", "GET", true),
  LIST("list", "GET", false),
  CREATE("create", "POST", false),
  UPDATE("update", "PUT", true),
  DELETE("delete", "DELETE", true);

  private final String specName;
  private final String method;
  private final boolean onItem;

  OperationKind(String specName, String method, boolean onItem) {
    this.specName = specName;
    this.method = method;
    this.onItem = onItem;
  }

  public String specName() {
    return specName;
  }

  public String method() {
    return method;
  }

  /** True when the standard path is the item path ({@code /things/{id}}). */
  public boolean onItem() {
    return onItem;
  }
}
