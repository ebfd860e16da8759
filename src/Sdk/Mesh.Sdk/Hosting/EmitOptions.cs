using Mesh.Sdk.Emit;

namespace Mesh.Sdk.Hosting;

/// <summary>The emit step's settings, passed by the MSBuild task on the command line.</summary>
internal sealed record EmitOptions(
    string OutputPath,
    string ProjectDirectory,
    string ProjectName,
    bool Verify,
    TargetVersions Targets,
    IReadOnlyList<string>? Environments = null)
{
    /// <summary>The environments of <c>MeshEnvironments</c>, in order (<c>--environments dev;prod</c>); empty when none.</summary>
    public IReadOnlyList<string> Environments { get; init; } = Environments ?? [];

    public static EmitOptions Parse(IReadOnlyList<string> args)
    {
        string? output = null, projectDir = null, project = null, k8s = null, istio = null, environments = null;
        var verify = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"'{args[i]}' needs a value.");
            switch (args[i])
            {
                case "--output": output = Next(); break;
                case "--project-dir": projectDir = Next(); break;
                case "--project-name": project = Next(); break;
                case "--verify": verify = true; break;
                case "--kubernetes-version": k8s = Next(); break;
                case "--istio-version": istio = Next(); break;
                case "--environments": environments = Next(); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        projectDir ??= Directory.GetCurrentDirectory();
        var isDefault = string.IsNullOrWhiteSpace(k8s) && string.IsNullOrWhiteSpace(istio);
        var targets = new TargetVersions(
            TargetVersions.ParseVersion(k8s, TargetVersions.DefaultKubernetes),
            TargetVersions.ParseVersion(istio, TargetVersions.DefaultIstio),
            isDefault);
        return new EmitOptions(
            Path.GetFullPath(output ?? Path.Combine(projectDir, "deploy")),
            Path.GetFullPath(projectDir),
            project ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(projectDir)),
            verify,
            targets,
            EnvironmentNames.Split(environments));
    }
}
