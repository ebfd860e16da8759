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

/// <summary>
/// The registry's definitions in their stable order (the Collected step's value). A record around
/// the array, not the array itself, so the step's value is a reference type (see <see cref="Common.MeshSdkReference"/>).
/// </summary>
internal sealed record DefinitionList(Common.EquatableArray<DefinitionSpec> Items);
