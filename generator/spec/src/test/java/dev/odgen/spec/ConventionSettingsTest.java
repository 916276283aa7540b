package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiInfo.Auth;
import dev.odgen.spec.model.ApiInfo.AuthType;
import dev.odgen.spec.model.ApiModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The convention settings of the API file ({@code auth}, {@code blanks}, {@code errors}, {@code strictness},
 * {@code integrity}) and the per-field and per-action keys that go with them: what each value means in the model,
 * and the whole text a user sees for a malformed value or a combination that cannot work.
 */
class ConventionSettingsTest {

  private static final String BOOKS = """
      resource: Books
      entity: Book
      path: /books
      table: book
      id: BookId
      fields:
        - {name: BookId, type: id}
        - {name: Title, type: string}
        - {name: AuthorId, type: ref, ref: Books}
      """;

  private static ApiModel load(String settings) {
    return SpecFixture.withApi().file("api.yaml", SpecFixture.MINIMAL_API + settings).file("books.yaml", BOOKS).load();
  }

  private static String errors(String settings) {
    return SpecFixture.withApi().file("api.yaml", SpecFixture.MINIMAL_API + settings).file("books.yaml", BOOKS)
        .errors();
  }

  @Test
  void openDentalsValuesAreSpelledOut() {
    ApiInfo api = load("""
        auth:
          type: credentials
          scheme: ODFHIR
          credentials: [developerKey, customerKey]
        blanks: placeholder
        errors: text
        strictness:
          requiredReferences: any
          requiredStrings: any
          extraBodyFields: ignore
        integrity:
          foreignKeys: false
          deleteReferenced: allow
        """).api();
    assertEquals(new Auth(AuthType.CREDENTIALS, "Authorization", "ODFHIR", List.of("developerKey", "customerKey"), "/"),
        api.auth());
    assertEquals(ApiInfo.Blanks.PLACEHOLDER, api.blanks());
    assertEquals(ApiInfo.ErrorStyle.TEXT, api.errors());
    assertEquals(new ApiInfo.Strictness(false, false, false), api.strictness());
    assertEquals(new ApiInfo.Integrity(false, false), api.integrity());
  }

  @Test
  void blanksNullIsTheWordNotAMissingValue() {
    assertEquals(ApiInfo.Blanks.NULL, load("blanks: null\n").api().blanks());
    assertEquals(ApiInfo.Blanks.PLACEHOLDER, load("blanks: placeholder\n").api().blanks());
  }

  @Test
  void bearerAndApiKeyCarryOneCredential() {
    assertEquals(new Auth(AuthType.BEARER, "Authorization", "Bearer", List.of("token"), ""),
        load("auth: {type: bearer}\n").api().auth());
    assertEquals(new Auth(AuthType.API_KEY, "X-Shop-Key", "", List.of("shopKey"), ""),
        load("auth: {type: apiKey, header: X-Shop-Key, credentials: [shopKey]}\n").api().auth());
    assertEquals(Auth.none(), load("auth: {type: none}\n").api().auth());
  }

  @Test
  void authWithCredentialsButNoTypeIsTheCredentialsScheme() {
    assertEquals(AuthType.CREDENTIALS, load("auth: {scheme: Basic, credentials: [user, password], separator: ':'}\n")
        .api().auth().type());
  }

  @Test
  void foreignKeysFollowTheApiUnlessTheFieldSays() {
    ApiModel model = SpecFixture.withApi()
        .file("api.yaml", SpecFixture.MINIMAL_API + "integrity: {foreignKeys: true}\n")
        .file("books.yaml", BOOKS.replace("{name: Title, type: string}",
            "{name: Title, type: string}\n  - {name: EditorId, type: ref, ref: Books, foreignKey: false}"))
        .load();
    assertTrue(model.resource("Books").orElseThrow().field("AuthorId").orElseThrow().foreignKey());
    assertFalse(model.resource("Books").orElseThrow().field("EditorId").orElseThrow().foreignKey());
    assertFalse(model.resource("Books").orElseThrow().field("Title").orElseThrow().foreignKey());
  }

  @Test
  void unknownWordsOfEachSettingSuggestTheValues() {
    assertEquals("""
        spec/api.yaml:6:9: error: unknown blank style 'nulls'
          fix: use one of null, placeholder; did you mean 'null'?
        spec/api.yaml:7:9: error: unknown error style 'json'
          fix: use one of problem, text
        spec/api.yaml:9:23: error: unknown reference check 'exists'
          in the API file (spec/api.yaml:1:1)
          fix: use one of any, existing
        spec/api.yaml:10:20: error: unknown string check 'notBlank'
          in the API file (spec/api.yaml:1:1)
          fix: use one of any, nonBlank; did you mean 'nonBlank'?
        spec/api.yaml:11:20: error: unknown extra body field rule 'warn'
          in the API file (spec/api.yaml:1:1)
          fix: use one of ignore, reject
        spec/api.yaml:13:16: error: expected true or false for 'foreignKeys', found 'yes'
          in the API file (spec/api.yaml:1:1)
          fix: write true or false after 'foreignKeys:'
        spec/api.yaml:14:21: error: unknown delete rule 'cascade'
          in the API file (spec/api.yaml:1:1)
          fix: use one of allow, refuse
        spec/api.yaml:15:3: error: unknown key 'onDelete'
          in the API file (spec/api.yaml:1:1)
          fix: use one of deleteReferenced, foreignKeys
        8 errors
        """, errors("""
        blanks: nulls
        errors: json
        strictness:
          requiredReferences: exists
          requiredStrings: notBlank
          extraBodyFields: warn
        integrity:
          foreignKeys: yes
          deleteReferenced: cascade
          onDelete: refuse
        """));
  }

  @Test
  void authKeysMustFitTheType() {
    assertEquals("""
        spec/api.yaml:8:3: error: 'scheme' does not apply to auth type 'bearer': a bearer token always travels as 'Authorization: Bearer <token>'
          in the API file (spec/api.yaml:1:1)
          fix: remove 'scheme', or choose another 'type'
        spec/api.yaml:9:16: error: this auth type carries one credential, not 2
          in the API file (spec/api.yaml:1:1)
          fix: name the one credential, e.g. 'credentials: [token]', or use 'type: credentials'
        2 errors
        """, errors("""
        auth:
          type: bearer
          scheme: Token
          credentials: [token, secret]
        """));
  }

  @Test
  void apiKeyNeedsItsHeader() {
    assertEquals("""
        spec/api.yaml:6:7: error: auth type 'apiKey' needs 'header': the header the key travels in
          in the API file (spec/api.yaml:1:1)
          fix: add e.g. 'header: X-API-Key'
        1 error
        """, errors("auth: {type: apiKey}\n"));
  }

  @Test
  void unknownAuthType() {
    assertEquals("""
        spec/api.yaml:6:14: error: unknown auth type 'oauth'
          in the API file (spec/api.yaml:1:1)
          fix: use one of apiKey, bearer, credentials, none
        1 error
        """, errors("auth: {type: oauth}\n"));
  }

  @Test
  void authWithoutTypeOrCredentials() {
    assertEquals("""
        spec/api.yaml:6:7: error: missing key 'type' in 'auth'
          in the API file (spec/api.yaml:1:1)
          fix: add 'type: ...' (one of none, bearer, apiKey, credentials), or leave out 'auth:' for an API every caller may use
        1 error
        """, errors("auth: {header: X-Key}\n"));
  }

  @Test
  void noneTakesNothingElseAndCredentialsNeedSome() {
    assertEquals("""
        spec/api.yaml:6:20: error: 'header' does not apply to auth type 'none': an API without auth takes no other key
          in the API file (spec/api.yaml:1:1)
          fix: remove 'header', or choose another 'type'
        1 error
        """, errors("auth: {type: none, header: Authorization}\n"));
    assertEquals("""
        spec/api.yaml:6:7: error: auth type 'credentials' needs at least one credential
          in the API file (spec/api.yaml:1:1)
          fix: list their names, e.g. 'credentials: [developerKey, customerKey]'
        1 error
        """, errors("auth: {type: credentials, scheme: Basic}\n"));
  }

  @Test
  void foreignKeysWithPlaceholdersCannotWork() {
    assertEquals("""
        spec/api.yaml:7:26: error: FOREIGN KEY constraints need 'blanks: null': with placeholders a reference to nothing holds 0, which names no row
          in the API file (spec/api.yaml:1:1)
          fix: write 'blanks: null', or 'foreignKeys: false' (deletes of referenced rows can still be refused with 'deleteReferenced: refuse')
        1 error
        """, errors("blanks: placeholder\nintegrity: {foreignKeys: true}\n"));
  }

  @Test
  void aFieldForeignKeyNeedsAReferenceAndNullBlanks() {
    String errors = SpecFixture.withApi()
        .file("api.yaml", SpecFixture.MINIMAL_API + "blanks: placeholder\n")
        .file("books.yaml", BOOKS.replace("{name: Title, type: string}", "{name: Title, type: string, foreignKey: true}")
            .replace("ref: Books}", "ref: Books, foreignKey: true}"))
        .errors();
    assertEquals("""
        spec/books.yaml:8:45: error: 'foreignKey' does not apply to type 'string'
          for field 'Title' (spec/books.yaml:8:5)
          in resource 'Books' (spec/books.yaml:1:1)
          fix: remove 'foreignKey'; only a field of type 'ref' refers to a row
        spec/books.yaml:9:57: error: a FOREIGN KEY needs 'blanks: null': with placeholders a reference to nothing holds 0, which names no row
          for field 'AuthorId' (spec/books.yaml:9:5)
          in resource 'Books' (spec/books.yaml:1:1)
          fix: write 'blanks: null' in the API file, or remove 'foreignKey'
        2 errors
        """, errors);
  }

  @Test
  void onlyPostAndPutActionsCreate() {
    String errors = SpecFixture.withApi()
        .file("books.yaml", BOOKS + """
            actions:
              - {name: find, method: GET, path: /books/Find, response: resource, creates: true}
              - {name: lend, method: POST, path: "/books/{BookId}/Lend", response: resource, creates: maybe}
            """)
        .errors();
    assertEquals("""
        spec/books.yaml:11:79: error: a GET action cannot create a row
          in action 'find' (spec/books.yaml:11:5)
          in resource 'Books' (spec/books.yaml:1:1)
          fix: remove 'creates', or make the action a POST (or PUT)
        spec/books.yaml:12:91: error: expected true or false for 'creates', found 'maybe'
          in action 'lend' (spec/books.yaml:12:5)
          in resource 'Books' (spec/books.yaml:1:1)
          fix: write true or false after 'creates:'
        2 errors
        """, errors);
  }

  @Test
  void aResourceNamedLikeTheApiWouldShareItsClientName() {
    String errors = SpecFixture.withApi()
        .file("api.yaml", SpecFixture.MINIMAL_API.replace("name: Test", "name: Books"))
        .file("books.yaml", BOOKS)
        .errors();
    assertEquals("""
        spec/books.yaml:1:1: error: resource 'Books' has the API's name: the client of the resource and the client of the whole API would both be BooksClient
          in resource 'Books' (spec/books.yaml:1:1)
          fix: rename the API ('api: name: BooksApi') or the resource
        1 error
        """, errors);
  }

  @Test
  void theApiNameMustNameJavaTypes() {
    String errors = SpecFixture.withApi()
        .file("api.yaml", SpecFixture.MINIMAL_API.replace("name: Test", "name: My API"))
        .errors();
    assertEquals("""
        spec/api.yaml:2:9: error: API name 'My API' cannot start a Java type name (My APIServer, My APIClient)
          in the API file (spec/api.yaml:1:1)
          fix: use letters, digits and '_' only, starting with a letter, e.g. 'name: Shop'
        1 error
        """, errors);
  }

  @Test
  void anEmptyAuthSectionDoesNotOpenTheApi() {
    assertEquals("""
        spec/api.yaml:6:6: error: 'auth' is empty
          fix: give it a 'type' (bearer, apiKey, credentials, or none for an API every caller may use), or remove the 'auth:' line
        1 error
        """, errors("auth:\n"));
  }
}
