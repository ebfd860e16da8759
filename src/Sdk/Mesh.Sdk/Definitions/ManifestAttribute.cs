namespace Mesh.Sdk;

/// <summary>
/// Marks a <see cref="ManifestDefinition"/> whose objects the build writes to
/// <c>&lt;output&gt;/&lt;name&gt;.yaml</c>. The source generator finds these classes at compile
/// time and writes a registry, so nothing scans the assembly at build time.
/// </summary>
/// <example>
/// <code>
/// [Manifest("web")]
/// public sealed class Web : ManifestDefinition
/// {
///     public override IEnumerable&lt;KubernetesObject&gt; Build(ManifestContext context) { ... }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ManifestAttribute : Attribute
{
    /// <summary>Names the file after the class: <c>WebApi</c> → <c>web-api.yaml</c>.</summary>
    public ManifestAttribute()
    {
    }

    /// <summary>Names the file explicitly: lower-case letters, digits, '-' and '.'.</summary>
    public ManifestAttribute(string name) => Name = name;

    /// <summary>The file name without <c>.yaml</c>; null to derive it from the class name.</summary>
    public string? Name { get; }
}
