using System.ComponentModel;

namespace Mesh.Sdk.Hosting;

/// <summary>
/// One <c>[Manifest]</c> definition as the source generator recorded it at compile time.
/// Generated code creates these; users do not.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DefinitionEntry
{
    /// <summary>Creates an entry.</summary>
    public DefinitionEntry(string name, string typeName, string filePath, int line, Func<ManifestDefinition> factory)
    {
        Name = name;
        TypeName = typeName;
        FilePath = filePath;
        Line = line;
        Factory = factory;
    }

    /// <summary>The file name without extension.</summary>
    public string Name { get; }

    /// <summary>The definition class's full name.</summary>
    public string TypeName { get; }

    /// <summary>The C# file that declares it.</summary>
    public string FilePath { get; }

    /// <summary>The line where the class declaration starts (its <c>[Manifest]</c> attribute).</summary>
    public int Line { get; }

    /// <summary>Creates the definition.</summary>
    public Func<ManifestDefinition> Factory { get; }
}

/// <summary>
/// Names the generated registry of an assembly's definitions. The emit step reads this one
/// attribute instead of scanning the assembly's types.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ManifestRegistryAttribute(Type registryType) : Attribute
{
    /// <summary>A static class with <c>IReadOnlyList&lt;DefinitionEntry&gt; Definitions</c> and <c>int Run(string[])</c>.</summary>
    public Type RegistryType { get; } = registryType;
}
