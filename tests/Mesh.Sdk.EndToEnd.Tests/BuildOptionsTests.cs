using Mesh.Sdk.EndToEnd.Tests.Infrastructure;

namespace Mesh.Sdk.EndToEnd.Tests;

/// <summary>The documented MSBuild properties, and a multi-targeted project.</summary>
[NonParallelizable]
public sealed class BuildOptionsTests
{
    [Test]
    public void MeshEmitManifests_false_turns_the_emit_step_off()
    {
        var project = ConsumerProject.Create("OptOut", ReferenceStyle.PackageReference);
        project.WriteSource("Web.cs", Sources.WebWith());

        var result = project.Build("-p:MeshEmitManifests=false");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("Mesh.Sdk:"));
        Assert.That(Directory.Exists(project.DeployDirectory), Is.False);
    }

    [Test]
    public void MeshJitProfile_false_keeps_no_jit_profile_and_changes_no_output()
    {
        var project = ConsumerProject.Create("NoJitProfile", ReferenceStyle.PackageReference);
        project.WriteSource("Web.cs", Sources.WebWith());

        var result = project.Build("-p:MeshJitProfile=false");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(project.ReadManifest("web.yaml"), Is.EqualTo(Sources.WebManifest.Replace("PROJECT", project.Name, StringComparison.Ordinal)));
        Assert.That(Directory.GetFiles(Path.Combine(project.Directory, "obj"), "mesh.emit.jitprofile", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void MeshOutputPath_moves_the_output_folder()
    {
        var project = ConsumerProject.Create("OutputPath", ReferenceStyle.Sdk);
        project.WriteSource("Web.cs", Sources.WebWith());

        var result = project.Build("-p:MeshOutputPath=manifests/prod");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(result.Output, Does.Contain("-> manifests/prod/ (1 written"));
        Assert.That(File.Exists(Path.Combine(project.Directory, "manifests", "prod", "web.yaml")), Is.True);
        Assert.That(Directory.Exists(project.DeployDirectory), Is.False);
    }

    [Test]
    public void A_multi_targeted_project_emits_once_from_its_first_framework()
    {
        var project = ConsumerProject.Create("MultiTarget", ReferenceStyle.PackageReference,
            "<TargetFrameworks>net8.0;net10.0</TargetFrameworks>");
        // The template sets TargetFramework too; a multi-targeted project uses TargetFrameworks only.
        var csproj = Path.Combine(project.Directory, project.Name + ".csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TargetFramework>net10.0</TargetFramework>", "", StringComparison.Ordinal));
        project.WriteSource("Web.cs", Sources.WebWith());

        var result = project.Build("-v:n");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        var summaries = result.Output.Split('\n').Count(l => l.Contains("Mesh.Sdk: 2 manifests (1 file) -> deploy/", StringComparison.Ordinal));
        Assert.That(summaries, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("bin/Debug/net8.0/MultiTarget.dll"));
        Assert.That(project.ReadManifest("web.yaml"), Is.EqualTo(Sources.WebManifest.Replace("PROJECT", project.Name, StringComparison.Ordinal)));
    }

    [Test]
    public void Target_versions_declared_in_msbuild_reach_the_definitions()
    {
        var project = ConsumerProject.Create("Targets", ReferenceStyle.PackageReference,
            "<MeshKubernetesVersion>1.28</MeshKubernetesVersion><MeshIstioVersion>1.22</MeshIstioVersion>");
        project.WriteSource("Orders.cs", """
            using Mesh.Sdk;
            using Mesh.Sdk.Model;
            using Mesh.Sdk.Workloads;

            [Manifest("orders")]
            public sealed class Orders : ManifestDefinition
            {
                public override IEnumerable<KubernetesObject> Build(ManifestContext context) =>
                    new MeshedService { Name = "orders", Image = "orders:1" }.Expand(context.Targets);
            }
            """);

        var result = project.Build();

        Assert.That(result.Succeeded, Is.True, result.ToString());
        var yaml = project.ReadManifest("orders.yaml");
        Assert.That(yaml, Does.Contain("exec:\n              command:\n              - sleep"), "Kubernetes 1.28 has no sleep action");
        Assert.That(yaml, Does.Contain("EXIT_ON_ZERO_ACTIVE_CONNECTIONS").And.Not.Contain("nativeSidecar"), "Istio 1.22 has no per-pod native sidecar annotation");
    }
}
