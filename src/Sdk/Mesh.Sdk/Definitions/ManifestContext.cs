namespace Mesh.Sdk;

/// <summary>What a definition knows about the build it runs in.</summary>
public sealed class ManifestContext
{
    /// <summary>Creates a context (the emit host does this; tests may too).</summary>
    public ManifestContext(string definitionName, TargetVersions targets)
    {
        DefinitionName = definitionName;
        Targets = targets;
    }

    /// <summary>The definition's name (its file name without <c>.yaml</c>).</summary>
    public string DefinitionName { get; }

    /// <summary>The Kubernetes and Istio versions the manifests are for.</summary>
    public TargetVersions Targets { get; }
}
