namespace Mesh.Sdk.Generators.Registry;

/// <summary>
/// One <c>[Manifest]</c> class as the registry needs it. Immutable and structurally equal:
/// strings and ints only, no symbols, syntax or locations, so the driver can cache it.
/// </summary>
internal sealed record DefinitionSpec(
    string Name,
    string TypeDisplayName,
    string TypeFullyQualifiedName,
    string FilePath,
    int Line);
