package dev.odgen.runtime.server;

/**
 * The HTML of the explorer page: Swagger UI's stylesheet and script from the server itself, started on the
 * server's own API document. "Try it out" then calls this server, with the credentials entered under Authorize.
 * Resources start folded and a filter box finds them by name: an API of a hundred resources stays quick to open.
 * Swagger UI's validator badge is off (it would call a public service).
 */
final class ExplorerPage {

  private ExplorerPage() {}

  static String html(String docsPath, String documentUrl) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>API explorer</title>
          <link rel="icon" type="image/png" href="%1$s/favicon-32x32.png">
          <link rel="stylesheet" href="%1$s/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="%1$s/swagger-ui-bundle.js"></script>
          <script>
            window.ui = SwaggerUIBundle({url: %2$s, dom_id: "#swagger-ui", deepLinking: true,
              docExpansion: "none", filter: true, validatorUrl: null});
          </script>
        </body>
        </html>
        """.formatted(attribute(docsPath), jsString(documentUrl));
  }

  /** Text safe inside a double-quoted HTML attribute. */
  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A JavaScript string literal that cannot end the script element. */
  private static String jsString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
