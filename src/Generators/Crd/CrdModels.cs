using Mesh.Sdk.Generators.Common;

namespace Mesh.Sdk.Generators.Crd;

// The CRD import's pipeline models. Immutable and structurally equal: strings, ints, bools,
// enums and equatable arrays only; no symbols, syntax, Location or YAML nodes, so the
// driver can cache every step and compare a re-parsed file with the previous one.

/// <summary>One <c>MeshCrd</c> file as the generator sees it: its path, text and settings.</summary>
internal sealed record CrdSource(string Path, string Text, string? NamespaceOverride);

/// <summary>Where a diagnostic goes: a span of a CRD file (0-based lines and columns).</summary>
internal sealed record CrdLocation(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static CrdLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}

/// <summary>A diagnostic to report: a catalogue rule id, its message arguments and where.</summary>
internal sealed record CrdDiagnostic(string RuleId, EquatableArray<string> Arguments, CrdLocation Location);

/// <summary>Everything generated from one file: one unit per served version of every CRD, and its problems.</summary>
internal sealed record CrdFileModel(string Path, EquatableArray<CrdUnit> Units, EquatableArray<CrdDiagnostic> Diagnostics);

/// <summary>
/// One served version of one CRD: the kind's class and every type under it, in one namespace,
/// written to one generated file named <see cref="HintName"/>.
/// </summary>
internal sealed record CrdUnit(
    string CrdName,
    string Namespace,
    string Group,
    string Version,
    string Kind,
    bool Namespaced,
    string HintName,
    CrdLocation Location,
    EquatableArray<CrdType> Types)
{
    public string ApiVersion => Group + "/" + Version;
}

internal enum CrdTypeKind
{
    /// <summary>The top-level kind: a <c>KubernetesObject</c>.</summary>
    Root,

    /// <summary>A nested object: a <c>ModelObject</c>.</summary>
    Object,

    /// <summary>A string enum.</summary>
    Enum,
}

/// <summary>A generated class or enum. <see cref="WirePath"/> is the JSON path it stands for (for docs).</summary>
internal sealed record CrdType(
    string Name,
    CrdTypeKind Kind,
    string WirePath,
    string? Description,
    EquatableArray<CrdProperty> Properties,
    EquatableArray<CrdEnumMember> Members);

internal enum CrdPropertyShape
{
    /// <summary>A scalar or object: <c>{ get; set; }</c>, nullable unless required.</summary>
    Single,

    /// <summary>A list: <c>IList&lt;T&gt; { get; init; } = [];</c>.</summary>
    List,

    /// <summary>A map: <c>IDictionary&lt;string, T&gt; { get; init; } = new Dictionary...</c>.</summary>
    Map,
}

/// <summary>
/// One property. <see cref="TypeText"/> is the C# type without nullability (<c>string</c>,
/// <c>int</c>, <c>WidgetSpec</c>, the element type for lists and maps); an optional single
/// property is written <c>T?</c> whether <c>T</c> is a struct or a class.
/// </summary>
internal sealed record CrdProperty(
    string Name,
    string WireName,
    string TypeText,
    CrdPropertyShape Shape,
    bool Required,
    string? Description);

/// <summary>One enum value: its C# name and exact wire string.</summary>
internal sealed record CrdEnumMember(string Name, string WireName);

/// <summary>A generated type name claimed by a unit, for the cross-file duplicate check.</summary>
internal sealed record CrdClaim(string TypeName, string Path, int UnitIndex, string HintName, string CrdName, string Version, CrdLocation Location);

/// <summary>The outcome of the duplicate check: units not to emit (by <see cref="UnitKey"/>) and the diagnostics.</summary>
internal sealed record CrdClaimResult(EquatableArray<string> RejectedUnits, EquatableArray<CrdDiagnostic> Diagnostics)
{
    public static string UnitKey(string path, string hintName) => path + "\n" + hintName;
}

// Step values that are one array: a record around it, so every value between pipeline steps is a
// reference type (see Common/PipelineModels.cs: a value type makes the JIT compile the driver again).

/// <summary>The type names one file's units generate (the CrdClaims step's input per file).</summary>
internal sealed record CrdFileClaims(EquatableArray<CrdClaim> Claims);

/// <summary>The units of one file that the duplicate check lets it emit (the CrdOwned step's value).</summary>
internal sealed record CrdOwnedUnits(EquatableArray<CrdUnit> Units);

/// <summary>One file's diagnostics (the CrdFileDiagnostics step's value).</summary>
internal sealed record CrdDiagnostics(EquatableArray<CrdDiagnostic> Items);
