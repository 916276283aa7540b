/**
 * The HTTP server base generated handlers plug into, built on Javalin 7: routing under a base
 * path, auth, paging, per-request formats, JSON bodies and the mapping of errors to statuses.
 *
 * <p>Generated handlers implement {@link dev.odgen.runtime.server.RouteRegistrar} and register
 * {@link dev.odgen.runtime.server.RouteHandler}s on {@link dev.odgen.runtime.server.Routes};
 * {@link dev.odgen.runtime.server.ApiServer} runs them. Behaviour that applies to every request:
 *
 * <ul>
 *   <li><b>Auth.</b> Unless the server runs without auth, every request under the base path must carry
 *       the header of {@link dev.odgen.runtime.wire.AuthSettings} (a scheme and credentials, a bearer
 *       token, or an API key alone) with credentials the {@link dev.odgen.runtime.server.KeyStore}
 *       accepts, else 401 with an explanation. The health endpoint (outside the base path) needs no auth.
 *   <li><b>Errors</b> are plain text or RFC 9457 problem+json naming the fields at fault, as {@link
 *       dev.odgen.runtime.server.ErrorFormat} says, made in one place ({@code ErrorMapper}), the HTTP
 *       layer's own refusals included (malformed HTTP, a body cut short, 414, 431, 505): 400 for {@link
 *       dev.odgen.runtime.server.BadRequestException}
 *       and {@link dev.odgen.runtime.wire.WireFormatException}; 404 for {@link
 *       dev.odgen.runtime.server.NotFoundException} and unknown paths; 405 (with an {@code Allow}
 *       header) for a method a path does not declare (OPTIONS answers 204 with that header); 409 for
 *       {@link dev.odgen.runtime.server.ConflictException} and a FOREIGN KEY refusal;
 *       503 {@code database unavailable: ...} when the database cannot be reached; 500 {@code
 *       internal error (ref ...)} for anything else, with the stack trace logged under that
 *       reference and never sent.
 *   <li><b>Paging.</b> {@link dev.odgen.runtime.server.ApiRequest#page()} reads the offset and
 *       limit parameters; a limit above the maximum is refused with 400 rather than clamped, so a
 *       caller never mistakes a clamped page for the end of the list.
 *   <li><b>Content type.</b> A body must be JSON in UTF-8 with {@code Content-Type:
 *       application/json} (or {@code text/json}, {@code *+json}) given once, and no {@code
 *       Content-Encoding}; anything else is refused with 400, as the API's own server does (its
 *       documentation requires the header and lists a wrong one under 400).
 *   <li><b>Writes</b> (POST, PUT, PATCH, DELETE) run in one transaction when the server is built with
 *       {@code transactions(db)}: an error answer leaves nothing written.
 *   <li><b>HEAD</b> is GET without the body; the auth header must be given once.
 *   <li><b>Formats.</b> Responses use the request's output formats: the date and date-time
 *       override parameters of {@link dev.odgen.runtime.wire.WireSettings} apply to every JSON
 *       response of that request.
 *   <li><b>API document.</b> {@code <basePath>/openapi.json} and {@code .yaml} serve the OpenAPI document of
 *       {@link dev.odgen.runtime.server.ApiDocs}, and {@code /docs} an explorer page (Swagger UI from its webjar,
 *       no CDN) whose "Try it out" calls this server; neither needs credentials.
 *   <li><b>Logging.</b> One INFO line per request (method, path, status, milliseconds) on the SLF4J
 *       logger {@value dev.odgen.runtime.server.ApiServer#REQUEST_LOGGER}; the library ships no
 *       logging backend.
 * </ul>
 */
package dev.odgen.runtime.server;
