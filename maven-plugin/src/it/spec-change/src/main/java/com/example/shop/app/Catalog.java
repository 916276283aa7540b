package com.example.shop.app;

import com.example.shop.entity.Widget;

/** Code of the downstream project that uses a generated entity; it must compile before and after the change. */
public final class Catalog {

  private Catalog() {}

  public static String describe(Widget widget) {
    return widget.name() + " costs " + widget.price();
  }
}
