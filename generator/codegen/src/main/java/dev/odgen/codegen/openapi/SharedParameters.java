package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.ApiInfo;

/**
 * What many operations share, under {@code components}: the paging parameters, the parameters that change the
 * output formats of dates, and the error responses (plain text naming what is wrong, as the server answers).
 */
final class SharedParameters {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SharedParameters() {}

  static ObjectNode of(ApiInfo api) {
    ObjectNode parameters = JSON.objectNode();
    ApiInfo.Paging paging = api.paging();
    ObjectNode offset = parameters.putObject(paging.offsetParam()).put("name", paging.offsetParam()).put("in", "query")
        .put("description", "how many items to skip");
    offset.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0);
    ObjectNode limit = parameters.putObject(paging.limitParam()).put("name", paging.limitParam()).put("in", "query")
        .put("description", "how many items to return at most (default " + paging.pageSize() + ")");
    limit.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 1)
        .put("maximum", paging.maxLimit());
    api.wire().dateFormatParam().ifPresent(p -> format(parameters, p, "dates", api.wire().date()));
    api.wire().dateTimeFormatParam().ifPresent(p -> format(parameters, p, "date-times", api.wire().dateTime()));
    return parameters;
  }

  private static void format(ObjectNode parameters, String name, String what, String standard) {
    parameters.putObject(name).put("name", name).put("in", "query")
        .put("description", "the format " + what + " are written in, instead of " + standard)
        .putObject("schema").put("type", "string");
  }

  static ObjectNode errors(boolean auth) {
    ObjectNode responses = JSON.objectNode();
    error(responses, "BadRequest", "the request is wrong: the text names the parameter or field and what it takes");
    if (auth) {
      error(responses, "Unauthorized", "credentials are missing or not accepted: the text says which");
    }
    error(responses, "NotFound", "no item has this id");
    return responses;
  }

  private static void error(ObjectNode responses, String name, String description) {
    responses.putObject(name).put("description", description)
        .putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
  }
}
