/**
 * Path safety, defined once for controller and agent: {@link phaze.path.PathValidator} reports,
 * {@link phaze.path.PathLegalizer} repairs, {@link phaze.path.RenameKind} recognises case-only
 * renames and {@link phaze.path.DestinationClaims} finds collisions. Plain Java, no dependencies.
 */
package phaze.path;
