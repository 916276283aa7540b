package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.opendental.entity.APIPermission;
import dev.odgen.samples.opendental.entity.ApiPermissionGrant;
import dev.odgen.samples.opendental.server.SecurityPermActions;
import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /securityperms}: the API permissions of the calling customer key. This server has no per-key
 * permission table: every key it accepts may call every endpoint, so every permission is granted.
 */
public final class ApiPermissions implements SecurityPermActions {
  @Override
  public List<ApiPermissionGrant> permissions(ApiRequest request) {
    return Arrays.stream(APIPermission.values()).map(p -> new ApiPermissionGrant(p, true)).toList();
  }
}
