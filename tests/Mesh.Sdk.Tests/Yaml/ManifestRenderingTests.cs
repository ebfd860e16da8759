using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

/// <summary>
/// The emit renders each definition's YAML on a second thread while it checks the objects: the bytes must be
/// those the writer gives on the calling thread, per definition and in order, and a definition whose rendering
/// throws must throw when (and only when) it is asked for, as it did when rendering happened there.
/// </summary>
public sealed class ManifestRenderingTests
{
    [Test]
    public void Each_definition_gets_the_bytes_the_writer_gives_on_the_calling_thread()
    {
        var inputs = new List<(List<KubernetesObject> Objects, string Header)>
        {
            (Apps(0, 300), "Definition: A"),
            ([new Gizmo { Metadata = new() { Name = "g" }, Size = 3 }, .. Apps(300, 2)], "Definition: B (a kind of the user's)"),
            (Apps(302, 50), "Definition: C"),
        };

        var background = ManifestRendering.Start(inputs);
        var results = Enumerable.Range(0, inputs.Count).Select(background.Result).ToList();

        for (var i = 0; i < inputs.Count; i++)
            Assert.That(results[i].ToArray(), Is.EqualTo(ManifestWriter.WriteUtf8(inputs[i].Objects, inputs[i].Header).ToArray()), $"definition {i}");
        Assert.That(results[1].ToString(), Does.Contain("kind: Gizmo").And.Contain("size: 3"));
    }

    [Test]
    public void A_definition_whose_rendering_throws_throws_when_asked_for_and_the_others_are_still_rendered()
    {
        var broken = new Service { Metadata = new() { Name = "broken" }, Spec = new() };
        broken.Spec.AdditionalFields["x"] = new ThrowingValue();
        var inputs = new List<(List<KubernetesObject> Objects, string Header)>
        {
            (Apps(0, 20), "Definition: A"),
            ([broken], "Definition: B"),
            (Apps(20, 20), "Definition: C"),
        };

        var background = ManifestRendering.Start(inputs);

        Assert.That(background.Result(0).ToArray(), Is.EqualTo(ManifestWriter.WriteUtf8(inputs[0].Objects, inputs[0].Header).ToArray()));
        Assert.That(() => background.Result(1), Throws.InvalidOperationException.With.Message.EqualTo("getter failed"));
        Assert.That(background.Result(2).ToArray(), Is.EqualTo(ManifestWriter.WriteUtf8(inputs[2].Objects, inputs[2].Header).ToArray()));
    }

    [Test]
    public void Abandoned_rendering_still_answers_on_the_calling_thread()
    {
        var inputs = new List<(List<KubernetesObject> Objects, string Header)> { (Apps(0, 100), "h1"), (Apps(100, 100), "h2") };

        var background = ManifestRendering.Start(inputs);
        background.Abandon();

        Assert.That(background.Result(1).ToArray(), Is.EqualTo(ManifestWriter.WriteUtf8(inputs[1].Objects, "h2").ToArray()));
        Assert.That(background.Result(0).ToArray(), Is.EqualTo(ManifestRendering.OnCaller(inputs).Result(0).ToArray()));
    }

    private static List<KubernetesObject> Apps(int from, int count) =>
        Enumerable.Range(from, count).SelectMany(i => new KubernetesObject[]
        {
            new Deployment
            {
                Metadata = new() { Name = $"app-{i}", Namespace = "shop" },
                Spec = new()
                {
                    Replicas = i % 3,
                    Selector = new() { MatchLabels = { ["app"] = $"app-{i}" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = { ["app"] = $"app-{i}" } },
                        Spec = new() { Containers = [new() { Name = "app", Image = $"registry/app:{i}", Args = ["--port", "8080", "yes"] }] },
                    },
                },
            },
            new Service { Metadata = new() { Name = $"app-{i}", Namespace = "shop" }, Spec = new() { Selector = { ["app"] = $"app-{i}" }, Ports = [new() { Port = 80 }] } },
        }).ToList();

    private sealed class ThrowingValue
    {
        public string Value => throw new InvalidOperationException("getter failed");
    }

    private sealed class Gizmo([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : KubernetesObject(callerFilePath, callerLineNumber)
    {
        public override string ApiVersion => "example.com/v1";

        public override string Kind => "Gizmo";

        public int? Size { get; set; }
    }
}
