/**
 * The HTTP client base generated client stubs call: auth header, JSON bodies, query encoding,
 * retries with backoff, client-side rate limiting, paging, and typed errors.
 *
 * <p>{@link dev.odgen.runtime.client.HttpTransport} sends every call. Idempotent calls (GET,
 * PUT, DELETE) are retried on connection errors, 429 and 5xx with exponential backoff and
 * jitter ({@link dev.odgen.runtime.client.RetryPolicy}), honouring {@code Retry-After}; POST is
 * never retried, since it may have created something. Error statuses become {@link
 * dev.odgen.runtime.client.ApiException}s carrying the status and the server's plain-text
 * explanation; only 2xx is success (a redirect is an error naming where it points, never followed).
 * Each attempt is bounded as a whole, body included ({@code requestTimeout}, else {@link
 * dev.odgen.runtime.client.ApiTimeoutException}), and reads at most {@code maxResponseBytes} of body
 * (else {@link dev.odgen.runtime.client.ApiResponseTooLargeException}), so a stalled or endless
 * response cannot hold a caller or its heap. {@link dev.odgen.runtime.client.RateLimiter} spaces calls per credential key, and
 * {@link dev.odgen.runtime.client.Pager} walks a list by offset until a short page.
 *
 * <p>Time is injectable ({@link dev.odgen.runtime.client.Timekeeper}) so waiting is testable
 * without sleeping.
 */
package dev.odgen.runtime.client;
