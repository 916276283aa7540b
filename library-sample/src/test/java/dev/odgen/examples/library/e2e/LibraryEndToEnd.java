package dev.odgen.examples.library.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.examples.library.app.LibraryApp;
import dev.odgen.examples.library.client.AuthorsQuery;
import dev.odgen.examples.library.client.BooksQuery;
import dev.odgen.examples.library.client.LibraryClient;
import dev.odgen.examples.library.client.LoansQuery;
import dev.odgen.examples.library.client.MembersQuery;
import dev.odgen.examples.library.dao.LibraryDaos;
import dev.odgen.examples.library.entity.Author;
import dev.odgen.examples.library.entity.AuthorPatch;
import dev.odgen.examples.library.entity.Book;
import dev.odgen.examples.library.entity.BookPatch;
import dev.odgen.examples.library.entity.Genre;
import dev.odgen.examples.library.entity.Loan;
import dev.odgen.examples.library.entity.LoanPatch;
import dev.odgen.examples.library.entity.Member;
import dev.odgen.examples.library.entity.MemberPatch;
import dev.odgen.examples.library.server.LibraryServer;
import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiConflictException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.runtime.client.ApiUnauthorizedException;
import dev.odgen.runtime.client.Created;
import dev.odgen.runtime.client.Response;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.runtime.jdbc.DataAccessException;
import dev.odgen.runtime.jdbc.Database;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * The library API generated from {@code spec/library} by the Maven plugin, run for real over a database a
 * subclass gives, and driven through its generated client: every operation and both actions, with the
 * conventions the spec chose (bearer auth, JSON null for absent values, problem+json errors naming the fields,
 * strict bodies, FOREIGN KEY constraints and 409 for deletes of rows still referred to).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LibraryEndToEnd {

  private static final String TOKEN = "librarian-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Database database;
  private LibraryServer server;
  private LibraryClient client;
  private LibraryDaos daos;

  /** An empty database for the server; dropped by {@link #dropDatabase}. */
  abstract DataSource openDatabase();

  abstract void dropDatabase();

  @BeforeAll
  void start() {
    database = Database.over(openDatabase());
    daos = LibraryDaos.builder(database.db()).build();
    server = LibraryApp.server(daos, TOKEN).host("127.0.0.1").port(0).build().start();
    client = LibraryClient.builder().baseUrl(server.baseUrl()).token(TOKEN).retry(RetryPolicy.none()).build();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
    dropDatabase();
  }

  @Test
  void authorsRoundTrip() throws Exception {
    Created<Author> created = client.authors().createWithLocation(
        AuthorPatch.builder().name("Ursula K. Le Guin").country("US").build());
    Author author = created.value();
    assertTrue(created.location().orElseThrow().endsWith("/v1/authors/" + author.authorId()),
        created.location().toString());
    assertNull(author.born(), "an absent date is null, not 0001-01-01");
    assertTrue(raw("GET", "/authors/" + author.authorId(), null).body().contains("\"born\":null"));
    assertEquals(author, client.authors().get(author.authorId()));

    Author born = client.authors().update(author.authorId(),
        AuthorPatch.builder().born(LocalDate.of(1929, 10, 21)).build());
    assertEquals(LocalDate.of(1929, 10, 21), born.born());
    assertEquals("US", born.country(), "a partial update keeps what it does not name");
    Author cleared = client.authors().update(author.authorId(), AuthorPatch.builder().country(null).build());
    assertNull(cleared.country(), "null clears an optional field");

    client.authors().create(AuthorPatch.builder().name("Ursula Other").country("NZ").build());
    assertEquals(List.of("Ursula K. Le Guin", "Ursula Other"),
        client.authors().list(AuthorsQuery.of().name("ursula")).stream().map(Author::name).toList());
    assertEquals(List.of("Ursula Other"),
        client.authors().list(AuthorsQuery.of().name("Ursula").country("NZ")).stream().map(Author::name).toList());

    client.authors().delete(author.authorId());
    ApiNotFoundException gone = assertThrows(ApiNotFoundException.class, () -> client.authors().get(author.authorId()));
    assertEquals("Author not found (authorId " + author.authorId() + ")", gone.explanation());
    assertEquals("Not Found", gone.body().title());
  }

  @Test
  void booksStoreNullForWhatWasNotGivenAndTheirDefaults() throws Exception {
    long authorId = author("Italo Calvino");
    Book book = client.books().create(BookPatch.builder().title("Invisible Cities").authorId(authorId).build());
    assertEquals("Italo Calvino", book.authorName());
    assertNull(book.published());
    assertNull(book.price());
    assertNull(book.genre());
    assertEquals(Boolean.TRUE, book.available(), "the spec's default");
    assertTrue(book.addedAt() != null && book.updatedAt() != null);
    assertEquals("1", database.db().queryOne("SELECT COUNT(*) FROM `book` WHERE `bookId` = ? AND `published` IS NULL"
        + " AND `isbn` IS NULL AND `pages` IS NULL", List.of(book.bookId()), rs -> rs.getString(1)).orElseThrow(),
        "absent values are SQL NULL");

    Book full = client.books().update(book.bookId(), BookPatch.builder().genre(Genre.FICTION)
        .published(LocalDate.of(1972, 11, 1)).isbn("978-0156453806").pages(165).price(new BigDecimal("14.5"))
        .build());
    assertEquals(new BigDecimal("14.50"), full.price());
    assertEquals(165, full.pages());
    String json = raw("GET", "/books/" + book.bookId(), null).body();
    assertTrue(json.contains("\"available\":true") && json.contains("\"addedAt\":\"20"), json);  // native, ISO

    long other = client.books().create(BookPatch.builder().title("The Baron in the Trees").authorId(authorId)
        .genre(Genre.FICTION).published(LocalDate.of(1957, 1, 1)).available(false).build()).bookId();
    assertEquals(List.of(book.bookId()), ids(client.books().list(BooksQuery.of().title("cities"))));
    assertEquals(List.of(book.bookId(), other), ids(client.books().list(BooksQuery.of().authorId(authorId))));
    assertEquals(List.of(other), ids(client.books().list(BooksQuery.of().authorId(authorId).available(false))));
    assertEquals(List.of(book.bookId()), ids(client.books().list(BooksQuery.of().authorId(authorId)
        .publishedFrom(LocalDate.of(1960, 1, 1)).publishedTo(LocalDate.of(1980, 1, 1)).genre(Genre.FICTION))));
    assertEquals(2, client.books().list(BooksQuery.of().authorId(authorId)
        .updatedSince(LocalDateTime.now().minusDays(1))).size());
    client.books().delete(other);
    assertThrows(ApiNotFoundException.class, () -> client.books().get(other));
  }

  @Test
  void bodiesAreCheckedStrictlyAndErrorsNameTheirFields() throws Exception {
    long authorId = author("Jorge Luis Borges");
    assertRefused(List.of("title"), "title is required",
        () -> client.books().create(BookPatch.builder().authorId(authorId).build()));
    assertRefused(List.of("title"), "title must not be blank",
        () -> client.books().create(BookPatch.builder().title("  ").authorId(authorId).build()));
    assertRefused(List.of("authorId"), "authorId: there is no Author with authorId 0",
        () -> client.books().create(BookPatch.builder().title("Ficciones").authorId(0L).build()));
    assertRefused(List.of("authorId"), "authorId: there is no Author with authorId 987654",
        () -> client.books().create(BookPatch.builder().title("Ficciones").authorId(987654L).build()));

    long bookId = client.books().create(BookPatch.builder().title("Ficciones").authorId(authorId).build()).bookId();
    // what every book has cannot be blanked or cleared later
    assertRefused(List.of("title"), "title must not be blank",
        () -> client.books().update(bookId, BookPatch.builder().title("").build()));
    assertRefused(List.of("title"), "title: null is not allowed; every Book has one",
        () -> client.books().update(bookId, BookPatch.builder().title(null).build()));
    // the typed client cannot send what the operation does not take: the raw transport can
    ApiBadRequestException moved = assertThrows(ApiBadRequestException.class, () -> client.transport()
        .put("/books/" + bookId, w -> w.startObject().writeLong("authorId", authorId).endObject()));
    assertEquals(List.of("authorId"), moved.fields());
    assertEquals("authorId cannot be set by PUT /v1/books/{bookId}; it takes title, genre, published, isbn, pages,"
        + " price, available", moved.explanation());
    ApiBadRequestException unknown = assertThrows(ApiBadRequestException.class, () -> client.transport()
        .post("/books", w -> w.startObject().writeString("title", "Aleph").writeLong("authorId", authorId)
            .writeString("colour", "red").endObject()));
    assertEquals(List.of("colour"), unknown.fields());
    assertEquals("Ficciones", client.books().get(bookId).title(), "a refused body changes nothing");
    assertEquals(1, client.books().list(BooksQuery.of().authorId(authorId)).size(), "nor creates anything");

    HttpResponse<String> wrongType = raw("PUT", "/books/" + bookId, "{\"pages\":\"many\"}");
    assertEquals(400, wrongType.statusCode());
    assertEquals("application/problem+json", wrongType.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(wrongType.body().startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
        + "\"detail\":\"pages: 'many' is not a whole number\",\"fields\":[\"pages\"]}"), wrongType.body());
  }

  @Test
  void referencesAreKeptIntact() {
    long authorId = author("Tove Jansson");
    long bookId = client.books().create(BookPatch.builder().title("Comet in Moominland").authorId(authorId).build())
        .bookId();
    long memberId = member("Snufkin");
    Loan loan = client.loans().create(LoanPatch.builder().bookId(bookId).memberId(memberId)
        .dueOn(LocalDate.of(2030, 1, 1)).build());

    ApiConflictException author = assertThrows(ApiConflictException.class, () -> client.authors().delete(authorId));
    assertEquals("Author " + authorId + " is still referred to by 1 row of Books (authorId); delete those rows or"
        + " point them elsewhere first", author.explanation());
    ApiConflictException member = assertThrows(ApiConflictException.class, () -> client.members().delete(memberId));
    assertTrue(member.explanation().contains("1 row of Loans (memberId)"), member.explanation());
    assertThrows(ApiConflictException.class, () -> client.books().delete(bookId));

    // under the server, the database itself refuses a reference to nothing
    assertThrows(DataAccessException.class, () -> server.daos().books().insert(
        BookPatch.builder().title("Orphan").authorId(424242L).build()));

    client.loans().delete(loan.loanId());
    client.books().delete(bookId);
    client.members().delete(memberId);
    client.authors().delete(authorId);
    assertThrows(ApiNotFoundException.class, () -> client.authors().get(authorId));
  }

  @Test
  void lendingCreatesALoanAndGivingBackCreatesNothing() {
    long bookId = client.books().create(BookPatch.builder().title("The Hobbit").authorId(author("J. R. R. Tolkien"))
        .build()).bookId();
    long memberId = member("Bilbo");

    Response lent = client.transport().post("/books/" + bookId + "/lend", w -> w.startObject()
        .writeLong("memberId", memberId).writeDate("dueOn", LocalDate.of(2031, 3, 1)).endObject());
    assertEquals(201, lent.status());
    Loan loan = lent.object(Loan::fromJson);
    assertTrue(lent.location().orElseThrow().endsWith("/v1/loans/" + loan.loanId()), lent.location().toString());
    assertEquals(Boolean.FALSE, client.books().get(bookId).available());
    assertNull(loan.returnedAt());
    ApiConflictException twice = assertThrows(ApiConflictException.class,
        () -> client.books().lend(bookId, memberId, LocalDate.of(2031, 3, 1)));
    assertEquals("Book " + bookId + " is not available: it is lent out", twice.explanation());

    Response back = client.transport().post("/loans/" + loan.loanId() + "/return", w -> w.startObject()
        .writeDateTime("returnedAt", LocalDateTime.of(2031, 2, 27, 16, 30)).endObject());
    assertEquals(200, back.status(), "returning creates nothing");
    assertTrue(back.location().isEmpty());
    assertEquals(LocalDateTime.of(2031, 2, 27, 16, 30), back.object(Loan::fromJson).returnedAt());
    assertEquals(Boolean.TRUE, client.books().get(bookId).available());
    assertThrows(ApiConflictException.class, () -> client.loans().giveBack(loan.loanId(), null));

    Loan again = client.books().lend(bookId, memberId, LocalDate.of(2031, 6, 1));
    Loan returned = client.loans().giveBack(again.loanId(), null);
    assertTrue(returned.returnedAt() != null, "now, when the body does not say");
    assertRefused(List.of("memberId"), "memberId: there is no Member with memberId 55555",
        () -> client.books().lend(bookId, 55555, LocalDate.of(2031, 6, 1)));
    assertThrows(ApiNotFoundException.class, () -> client.books().lend(999999, memberId, LocalDate.of(2031, 6, 1)));
  }

  /** Members.passwordHash is internal: the application stores it; no answer shows it, no body may carry it. */
  @Test
  void anInternalFieldIsStoredButNeverSentAndBodiesNamingItAreRefused() throws Exception {
    long id = daos.members().insert(new Member(0, "Ada", null, "app-hash", null, true));
    HttpResponse<String> one = raw("GET", "/members/" + id, null);
    assertEquals(200, one.statusCode(), one.body());
    assertTrue(one.body().contains("\"name\":\"Ada\""), one.body());
    assertFalse(one.body().contains("passwordHash"), one.body());
    HttpResponse<String> list = raw("GET", "/members?name=Ada", null);
    assertTrue(list.body().contains("\"memberId\":" + id), list.body());
    assertFalse(list.body().contains("passwordHash"), list.body());

    ApiBadRequestException create = assertThrows(ApiBadRequestException.class, () -> client.transport()
        .post("/members", w -> w.startObject().writeString("name", "Eve").writeString("passwordHash", "x").endObject()));
    assertEquals(List.of("passwordHash"), create.fields());
    assertEquals("passwordHash is not a field of POST /v1/members; it takes name, email, active", create.explanation());
    ApiBadRequestException update = assertThrows(ApiBadRequestException.class, () -> client.transport()
        .put("/members/" + id, w -> w.startObject().writeString("passwordHash", "x").endObject()));
    assertEquals("passwordHash is not a field of PUT /v1/members/{memberId}; it takes name, email, active",
        update.explanation());
    Member renamed = client.members().update(id, MemberPatch.builder().name("Ada L.").build());
    assertEquals("Ada L.", renamed.name());
    assertNull(renamed.passwordHash(), "a client never reads it");
    assertEquals("app-hash", daos.members().findById(id).orElseThrow().passwordHash(), "nor changes it");
  }

  @Test
  void loansAndMembersThroughEveryOperation() {
    long bookId = client.books().create(BookPatch.builder().title("Momo").authorId(author("Michael Ende")).build())
        .bookId();
    Member momo = client.members().create(MemberPatch.builder().name("Momo").email("momo@example.com").build());
    assertEquals(Boolean.TRUE, momo.active());
    assertEquals(LocalDate.now(), momo.joinedOn(), "set on insert");
    Member quiet = client.members().update(momo.memberId(), MemberPatch.builder().active(false).build());
    assertEquals(Boolean.FALSE, quiet.active());
    assertTrue(client.members().list(MembersQuery.of().name("Mom").active(false)).stream()
        .anyMatch(m -> m.memberId() == momo.memberId()));
    assertEquals(momo.email(), client.members().get(momo.memberId()).email());

    Loan loan = client.loans().create(LoanPatch.builder().bookId(bookId).memberId(momo.memberId())
        .dueOn(LocalDate.of(2030, 5, 1)).note("gently used").build());
    assertEquals(List.of(loan.loanId()), client.loans().list(LoansQuery.of().bookId(bookId)).stream()
        .map(Loan::loanId).toList());
    assertEquals(List.of(loan.loanId()), client.loans().list(LoansQuery.of().memberId(momo.memberId())
        .dueBefore(LocalDate.of(2030, 5, 1))).stream().map(Loan::loanId).toList());
    assertEquals(List.of(), client.loans().list(LoansQuery.of().memberId(momo.memberId())
        .dueBefore(LocalDate.of(2030, 4, 30))));
    Loan later = client.loans().update(loan.loanId(), LoanPatch.builder().dueOn(LocalDate.of(2030, 6, 1)).note(null)
        .build());
    assertEquals(LocalDate.of(2030, 6, 1), later.dueOn());
    assertNull(later.note());
    assertEquals(later, client.loans().get(loan.loanId()));
    client.loans().delete(loan.loanId());
    client.members().delete(momo.memberId());
    assertThrows(ApiNotFoundException.class, () -> client.members().get(momo.memberId()));
  }

  @Test
  void onlyCallersWithATokenAreServed() throws Exception {
    LibraryClient stranger = LibraryClient.builder().baseUrl(server.baseUrl()).token("wrong")
        .retry(RetryPolicy.none()).build();
    ApiUnauthorizedException refused = assertThrows(ApiUnauthorizedException.class, () -> stranger.authors().list());
    assertEquals("Authorization was not accepted: the token is unknown or disabled", refused.explanation());
    HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/authors"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
    assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertTrue(anonymous.body().contains("\"detail\":\"Authorization header is missing; send 'Authorization: Bearer"
        + " {token}'\""), anonymous.body());
  }

  private long author(String name) {
    return client.authors().create(AuthorPatch.builder().name(name).build()).authorId();
  }

  private long member(String name) {
    return client.members().create(MemberPatch.builder().name(name).build()).memberId();
  }

  private static List<Long> ids(List<Book> books) {
    return books.stream().map(Book::bookId).toList();
  }

  private static void assertRefused(List<String> fields, String explanation, Executable call) {
    ApiBadRequestException e = assertThrows(ApiBadRequestException.class, call);
    assertEquals(explanation, e.explanation());
    assertEquals(fields, e.fields());
    assertEquals("Bad Request", e.body().title());
  }

  /** A call with the token but without the typed client, to see the wire as it is. */
  private HttpResponse<String> raw(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + TOKEN)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
