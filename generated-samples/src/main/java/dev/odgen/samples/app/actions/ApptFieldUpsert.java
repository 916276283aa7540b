package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.ApptFieldFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ApptField;
import dev.odgen.samples.opendental.entity.ApptFieldPatch;
import dev.odgen.samples.opendental.server.ApptFieldActions;
import java.util.List;

/**
 * {@code PUT /apptfields}: sets the value of one appointment field, keyed by AptNum and FieldName (the name of an
 * apptfielddef). The row is created the first time and updated after; the answer is the row.
 */
public final class ApptFieldUpsert implements ApptFieldActions {
  private final OpenDentalDaos daos;

  public ApptFieldUpsert(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public ApptField upsert(UpsertInput input, ApiRequest request) {
    if (!daos.appointments().exists(input.aptNum())) {
      throw new BadRequestException("AptNum: there is no appointment with AptNum " + input.aptNum());
    }
    if (Pages.all(daos.apptFieldDefs()::list).stream().noneMatch(def -> def.fieldName().equals(input.fieldName()))) {
      throw new BadRequestException("FieldName: there is no appointment field definition named '"
          + input.fieldName() + "'");
    }
    List<ApptField> existing = Pages.all((offset, limit) -> daos.apptFields()
            .list(new ApptFieldFilter(input.aptNum(), input.fieldName()), offset, limit)).stream()
        .filter(row -> row.fieldName().equals(input.fieldName())).toList();
    ApptFieldPatch patch = ApptFieldPatch.builder()
        .aptNum(input.aptNum()).fieldName(input.fieldName()).fieldValue(input.fieldValue()).build();
    long id;
    if (existing.isEmpty()) {
      id = daos.apptFields().insert(patch);
    } else {
      id = existing.get(0).apptFieldNum();
      daos.apptFields().update(id, patch);
    }
    return daos.apptFields().findById(id).orElseThrow(() -> new NotFoundException("ApptField not found"));
  }
}
