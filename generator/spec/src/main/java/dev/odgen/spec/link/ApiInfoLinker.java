package dev.odgen.spec.link;

import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiInfo.Auth;
import dev.odgen.spec.model.ApiInfo.AuthType;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.ApiInfo.ErrorStyle;
import dev.odgen.spec.model.ApiInfo.Integrity;
import dev.odgen.spec.model.ApiInfo.Strictness;
import dev.odgen.spec.model.ApiInfo.BaseUrl;
import dev.odgen.spec.model.ApiInfo.Paging;
import dev.odgen.spec.model.ApiInfo.Throttling;
import dev.odgen.spec.model.ApiInfo.WireFormat;
import dev.odgen.spec.yaml.ApiElement;
import dev.odgen.spec.yaml.ApiElement.AuthElement;
import dev.odgen.spec.yaml.ApiElement.ConventionsElement;
import dev.odgen.spec.yaml.ApiElement.PagingElement;
import dev.odgen.spec.yaml.ApiElement.WireElement;
import java.util.List;
import java.util.Optional;

/** Builds {@link ApiInfo} from the API file, filling in the defaults of absent sections and keys. */
final class ApiInfoLinker {

  static final String DEFAULT_DATE = "yyyy-MM-dd";
  static final String DEFAULT_DATE_TIME = "yyyy-MM-dd HH:mm:ss";
  static final String DEFAULT_TIME = "HH:mm:ss";
  static final String DEFAULT_NO_DATE = "0001-01-01";
  static final int DEFAULT_PAGE_SIZE = 100;

  private ApiInfoLinker() {}

  /** The API's settings; absent sections and keys get the common REST behaviour. */
  static ApiInfo link(Optional<ApiElement> element) {
    if (element.isEmpty()) {
      // only reached when the spec already has errors: linking goes on with a stand-in
      return new ApiInfo("Api", "Api", "", "", "generated", auth(Optional.empty()), wire(Optional.empty()),
          paging(Optional.empty()), Optional.empty(), List.of(), new Throttling("", List.of()), Blanks.NULL,
          ErrorStyle.PROBLEM, Strictness.strict(), Integrity.defaults());
    }
    ApiElement api = element.get();
    List<BaseUrl> baseUrls = api.baseUrls().stream().map(u -> new BaseUrl(u.name(), u.value())).toList();
    Throttling throttling = api.throttling()
        .map(t -> new Throttling(t.per().orElse(""),
            t.presets().stream().map(p -> new Throttling.Preset(p.name(), p.value())).toList()))
        .orElse(new Throttling("", List.of()));
    Optional<ConventionsElement> conventions = api.conventions();
    Strictness strict = Strictness.strict();
    Integrity integrity = Integrity.defaults();
    return new ApiInfo(api.name(), api.title().orElse(api.name()), api.docsVersion().orElse(""), api.basePath(),
        api.javaPackage(), auth(api.auth()), wire(api.wire()), paging(api.paging()), api.serverTime(), baseUrls,
        throttling,
        conventions.flatMap(ConventionsElement::blanks).orElse(Blanks.NULL),
        conventions.flatMap(ConventionsElement::errors).orElse(ErrorStyle.PROBLEM),
        new Strictness(
            conventions.flatMap(ConventionsElement::requiredReferencesExist).orElse(strict.requiredReferencesExist()),
            conventions.flatMap(ConventionsElement::requiredStringsNonBlank).orElse(strict.requiredStringsNonBlank()),
            conventions.flatMap(ConventionsElement::rejectExtraBodyFields).orElse(strict.rejectExtraBodyFields())),
        new Integrity(
            conventions.flatMap(ConventionsElement::foreignKeys).orElse(integrity.foreignKeys()),
            conventions.flatMap(ConventionsElement::refuseReferencedDelete).orElse(integrity.refuseReferencedDelete())));
  }

  /** No section: no auth. Bearer and API keys carry one credential, {@code token} or {@code apiKey} unless named. */
  private static Auth auth(Optional<AuthElement> section) {
    if (section.isEmpty()) {
      return Auth.none();
    }
    AuthElement auth = section.get();
    return switch (auth.type()) {
      case NONE -> Auth.none();
      case BEARER -> new Auth(AuthType.BEARER, "Authorization", "Bearer", oneCredential(auth, "token"), "");
      case API_KEY -> new Auth(AuthType.API_KEY, auth.header().orElse("X-API-Key"), "",
          oneCredential(auth, "apiKey"), "");
      case CREDENTIALS -> new Auth(AuthType.CREDENTIALS, auth.header().orElse("Authorization"),
          auth.scheme().orElse(""), auth.credentials(), auth.separator().orElse("/"));
    };
  }

  private static List<String> oneCredential(AuthElement auth, String usual) {
    return List.of(auth.credentials().isEmpty() ? usual : auth.credentials().get(0));
  }

  private static WireFormat wire(Optional<WireElement> wire) {
    return new WireFormat(
        wire.flatMap(WireElement::booleansAsStrings).orElse(false),
        wire.flatMap(WireElement::date).orElse(DEFAULT_DATE),
        wire.flatMap(WireElement::dateTime).orElse(DEFAULT_DATE_TIME),
        wire.flatMap(WireElement::time).orElse(DEFAULT_TIME),
        wire.flatMap(WireElement::noDate).orElse(DEFAULT_NO_DATE),
        wire.flatMap(WireElement::dateFormatParam),
        wire.flatMap(WireElement::dateTimeFormatParam));
  }

  private static Paging paging(Optional<PagingElement> paging) {
    int pageSize = paging.flatMap(PagingElement::pageSize).orElse(DEFAULT_PAGE_SIZE);
    return new Paging(
        paging.flatMap(PagingElement::offsetParam).orElse("Offset"),
        paging.flatMap(PagingElement::limitParam).orElse("Limit"),
        pageSize,
        paging.flatMap(PagingElement::maxLimit).orElse(pageSize));
  }
}
