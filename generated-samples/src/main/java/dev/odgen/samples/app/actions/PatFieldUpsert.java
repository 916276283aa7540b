package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatFieldFilter;
import dev.odgen.samples.opendental.entity.PatField;
import dev.odgen.samples.opendental.entity.PatFieldPatch;
import dev.odgen.samples.opendental.server.PatFieldActions;
import java.util.List;

/**
 * {@code PUT /patfields}: sets the value of one patient field, keyed by PatNum and FieldName (the name of a
 * patfielddef, case-sensitive). The row is created the first time and updated after; the answer is the row.
 */
public final class PatFieldUpsert implements PatFieldActions {
  private final OpenDentalDaos daos;

  public PatFieldUpsert(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public PatField upsert(UpsertInput input, ApiRequest request) {
    if (!daos.patients().exists(input.patNum())) {
      throw new NotFoundException("Patient not found (PatNum " + input.patNum() + ")");
    }
    if (Pages.all(daos.patFieldDefs()::list).stream().noneMatch(def -> def.fieldName().equals(input.fieldName()))) {
      throw new BadRequestException("FieldName: there is no patient field definition named '"
          + input.fieldName() + "' (names are case-sensitive)");
    }
    List<PatField> existing = Pages.all((offset, limit) -> daos.patFields()
            .list(new PatFieldFilter(input.patNum(), input.fieldName(), null), offset, limit)).stream()
        .filter(row -> row.fieldName().equals(input.fieldName())).toList();
    PatFieldPatch patch = PatFieldPatch.builder()
        .patNum(input.patNum()).fieldName(input.fieldName()).fieldValue(input.fieldValue()).build();
    long id;
    if (existing.isEmpty()) {
      id = daos.patFields().insert(patch);
    } else {
      id = existing.get(0).patFieldNum();
      daos.patFields().update(id, patch);
    }
    return daos.patFields().findById(id).orElseThrow(() -> new NotFoundException("PatField not found"));
  }
}
