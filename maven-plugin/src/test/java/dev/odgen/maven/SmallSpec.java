package dev.odgen.maven;

/** A valid one-resource spec, for the tests that run the real generator. */
final class SmallSpec {

  static final String API = """
      api:
        name: Shop
        title: Shop API
        docsVersion: "1.0"
        basePath: /api/v1
        package: com.example.shop
      auth:
        header: Authorization
        scheme: Basic
        credentials: [user, password]
        separator: ":"
      wire:
        booleans: native
        date: yyyy-MM-dd
        dateTime: yyyy-MM-dd HH:mm:ss
        time: HH:mm:ss
        noDate: 0001-01-01
      paging:
        offsetParam: Offset
        limitParam: Limit
        pageSize: 50
        maxLimit: 50
      serverTime: serverDateTime
      baseUrls:
        local: http://localhost:8080/api/v1
      """;

  static final String WIDGETS = """
      resource: Widgets
      entity: Widget
      path: /widgets
      table: widget
      id: WidgetNum
      fields:
        - {name: WidgetNum, type: id}
        - {name: Name, type: string, maxLength: 100}
        - {name: Price, type: money}
      operations:
        get: {}
        list: {}
        create:
          required: [Name]
          optional: [Price]
      """;

  private SmallSpec() {}
}
