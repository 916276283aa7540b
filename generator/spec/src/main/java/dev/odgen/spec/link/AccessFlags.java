package dev.odgen.spec.link;

import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a field is required on create, updatable or read-only, worked out from the body lists of
 * the create and update operations: a field in no body list is read-only.
 */
final class AccessFlags {

  private final Set<String> requiredOnCreate = new HashSet<>();
  private final Set<String> inSomeBody = new HashSet<>();
  private final Set<String> updatable = new HashSet<>();

  AccessFlags(List<Operation> operations) {
    for (Operation operation : operations) {
      if (operation.kind() != OperationKind.CREATE && operation.kind() != OperationKind.UPDATE) {
        continue;
      }
      for (BodyField body : operation.body()) {
        inSomeBody.add(body.field());
        if (operation.kind() == OperationKind.CREATE && body.required()) {
          requiredOnCreate.add(body.field());
        }
        if (operation.kind() == OperationKind.UPDATE) {
          updatable.add(body.field());
        }
      }
    }
  }

  boolean requiredOnCreate(String field) {
    return requiredOnCreate.contains(field);
  }

  boolean updatable(String field) {
    return updatable.contains(field);
  }

  /** Derived fields are always read-only; other fields when no body list names them. */
  boolean readOnly(String field, boolean derived) {
    return derived || !inSomeBody.contains(field);
  }
}
