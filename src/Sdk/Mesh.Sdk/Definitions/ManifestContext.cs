namespace Mesh.Sdk;

/// <summary>What a definition knows about the build it runs in.</summary>
public sealed class ManifestContext
{
    /// <summary>Creates a context with no environment (the emit host does this; tests may too).</summary>
    public ManifestContext(string definitionName, TargetVersions targets)
        : this(definitionName, targets, environment: null)
    {
    }

    /// <summary>
    /// Creates a context for one environment (the emit host does this once per environment of
    /// <c>MeshEnvironments</c>; tests may too).
    /// </summary>
    /// <param name="definitionName">The definition's name.</param>
    /// <param name="targets">The target versions.</param>
    /// <param name="environment">The environment being built, or null when the project configures none.</param>
    /// <param name="environments">Every configured environment; when null, just <paramref name="environment"/> (or none).</param>
    /// <exception cref="ArgumentException"><paramref name="environment"/> is not one of <paramref name="environments"/>.</exception>
    public ManifestContext(string definitionName, TargetVersions targets, string? environment, IReadOnlyList<string>? environments = null)
    {
        DefinitionName = definitionName;
        Targets = targets;
        Environment = environment;
        Environments = environments ?? (environment is null ? [] : [environment]);
        if (environment is not null && !Environments.Contains(environment, StringComparer.Ordinal))
            throw new ArgumentException($"'{environment}' is not one of the environments ({string.Join(", ", Environments)}).", nameof(environment));
    }

    /// <summary>The definition's name (its file name without <c>.yaml</c>).</summary>
    public string DefinitionName { get; }

    /// <summary>The Kubernetes and Istio versions the manifests are for.</summary>
    public TargetVersions Targets { get; }

    /// <summary>
    /// The environment this run builds (an entry of the <c>MeshEnvironments</c> MSBuild property,
    /// such as <c>"prod"</c>), or null when the project configures no environments. With
    /// environments, <see cref="ManifestDefinition.Build"/> runs once for each of them and its
    /// objects are written to <c>&lt;output&gt;/&lt;environment&gt;/&lt;name&gt;.yaml</c>.
    /// </summary>
    public string? Environment { get; }

    /// <summary>Every environment the project configures, in the order of <c>MeshEnvironments</c>; empty when none.</summary>
    public IReadOnlyList<string> Environments { get; }

    /// <summary>
    /// Chooses a value by environment: the value paired with <see cref="Environment"/>, otherwise
    /// <paramref name="otherwise"/>. Unlike a <c>switch</c>, it rejects a name that is not a
    /// configured environment, so a typo such as <c>"prd"</c> fails the build (MESH2001 at the
    /// calling line) instead of silently using the default.
    /// </summary>
    /// <example>
    /// <code>
    /// Replicas = context.ByEnvironment(1, ("prod", 3)),
    /// </code>
    /// </example>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <remarks>
    /// Removing an environment from <c>MeshEnvironments</c> therefore means removing its values
    /// too. Without environments (none configured) every name is accepted and
    /// <paramref name="otherwise"/> is returned.
    /// </remarks>
    /// <param name="otherwise">The value for every environment not listed, and when the project configures none.</param>
    /// <param name="values">Pairs of environment name and value; a name may appear once.</param>
    /// <exception cref="ArgumentException">A name is not a configured environment, or is listed twice.</exception>
    public T ByEnvironment<T>(T otherwise, params (string Environment, T Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var chosen = otherwise;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (Environments.Count > 0 && !Environments.Contains(name, StringComparer.Ordinal))
                throw new ArgumentException(
                    $"'{name}' is not an environment of this project ({string.Join(", ", Environments)}); use one of them, or add it to MeshEnvironments.");
            if (!seen.Add(name))
                throw new ArgumentException($"'{name}' is listed more than once; give each environment one value.");
            if (string.Equals(name, Environment, StringComparison.Ordinal)) chosen = value;
        }
        return chosen;
    }
}
