package dev.odgen.spec.link;

import dev.odgen.spec.model.ApiModel;

/** The result of linking: the model, and where its parts were written (for the rules). */
public record LinkedSpec(ApiModel model, SourceMap sources) {}
