package dev.odgen.codegen;

import dev.odgen.codegen.client.ActionRequestEmitter;
import dev.odgen.codegen.client.ClientEmitter;
import dev.odgen.codegen.client.ClientFacadeEmitter;
import dev.odgen.codegen.client.ListQueryEmitter;
import dev.odgen.codegen.dao.DaoEmitter;
import dev.odgen.codegen.dao.DaosEmitter;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.Emitter;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.entity.EntityEmitter;
import dev.odgen.codegen.entity.EnumEmitter;
import dev.odgen.codegen.entity.ModelEmitter;
import dev.odgen.codegen.entity.PatchEmitter;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.codegen.openapi.OpenApiEmitter;
import dev.odgen.codegen.output.OutputWriter;
import dev.odgen.codegen.output.WriteReport;
import dev.odgen.codegen.schema.SchemaClassEmitter;
import dev.odgen.codegen.schema.SchemaScriptEmitter;
import dev.odgen.codegen.server.ActionsEmitter;
import dev.odgen.codegen.server.HandlerEmitter;
import dev.odgen.codegen.server.ServerEmitter;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Resource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * The pipeline: load the spec, select resources, run every emitter the request asks for, and hand all files
 * to the {@link OutputWriter} at once. The CLI and the Maven plugin both come through {@link #run}.
 */
public final class Codegen {

  /**
   * Every emitter. Adding an artifact is adding a line here. They run side by side and the files are sorted
   * afterwards, so the order only decides which start first: the OpenAPI document, the single largest piece
   * of work, starts at once on the calling thread while the others are taken by the pool.
   */
  private static final List<Emitter> EMITTERS = List.of(
      new OpenApiEmitter(),
      new EnumEmitter(),
      new ModelEmitter(),
      new EntityEmitter(),
      new PatchEmitter(),
      new SchemaScriptEmitter(),
      new SchemaClassEmitter(),
      new DaoEmitter(),
      new DaosEmitter(),
      new ActionsEmitter(),
      new HandlerEmitter(),
      new ServerEmitter(),
      new ListQueryEmitter(),
      new ActionRequestEmitter(),
      new ClientEmitter(),
      new ClientFacadeEmitter());

  private final List<Emitter> emitters;

  public Codegen() {
    this(EMITTERS);
  }

  /** A pipeline with other emitters (tests use this to provoke conflicts). */
  Codegen(List<Emitter> emitters) {
    this.emitters = List.copyOf(emitters);
  }

  /**
   * Loads the spec of {@code request} and generates from it; see {@link #generate}.
   *
   * @throws dev.odgen.spec.diag.SpecException when the spec has errors (nothing is written)
   * @throws IOException when the spec cannot be read
   */
  public static CodegenResult run(CodegenRequest request) throws IOException {
    long start = System.nanoTime();
    SpecLoading.Loaded loaded = SpecLoading.load(request);
    return new Codegen().generate(loaded.model(), loaded.label(), request, start);
  }

  /**
   * Generates from an already loaded model: emits every file in memory, then writes them all.
   *
   * @param specLabel the spec as headers of files that belong to no single spec file name it (relative)
   * @throws CodegenException when the request names unknown resources or an invalid package
   * @throws dev.odgen.codegen.output.OutputException when the output cannot be written as asked
   */
  public CodegenResult generate(ApiModel model, String specLabel, CodegenRequest request) {
    return generate(model, specLabel, request, System.nanoTime());
  }

  /**
   * The files a request produces, in memory, sorted by path; nothing is written.
   *
   * @param specLabel the spec as headers of files that belong to no single spec file name it (relative)
   */
  public List<GeneratedFile> emit(ApiModel model, String specLabel, CodegenRequest request) {
    EmitContext ctx = context(model, specLabel, request);
    // Emitters are pure functions of the context, so they run side by side; sorting by path keeps
    // the result independent of which finished first.
    List<GeneratedFile> files = new ArrayList<>(emitters.parallelStream()
        .filter(emitter -> request.kinds().contains(emitter.kind()))
        .flatMap(emitter -> emitter.emit(ctx).stream())
        .toList());
    files.sort(Comparator.comparing(GeneratedFile::path));
    return files;
  }

  private CodegenResult generate(ApiModel model, String specLabel, CodegenRequest request, long start) {
    List<GeneratedFile> files = emit(model, specLabel, request);
    WriteReport report = new OutputWriter(request.outputDir(), request.dryRun()).write(files);
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    return new CodegenResult(
        files, report.written(), report.unchanged(), report.removed(), duration, request.dryRun());
  }

  private static EmitContext context(ApiModel model, String specLabel, CodegenRequest request) {
    String basePackage = request.basePackage().orElse(model.api().javaPackage());
    if (!SourceVersion.isName(basePackage)) {
      throw new CodegenException("'" + basePackage + "' is not a Java package name\n"
          + "  fix: give a package such as com.example.dental (dot-separated identifiers, no keywords)");
    }
    List<Resource> selected = ResourceSelection.select(model, request.include(), request.exclude());
    JavaNames names = new JavaNames(basePackage, model.api().name());
    EmitContext ctx = EmitContext.of(model, names, selected, specLabel);
    return request.generatedAnnotation() ? ctx : ctx.withoutGeneratedAnnotation();
  }
}
