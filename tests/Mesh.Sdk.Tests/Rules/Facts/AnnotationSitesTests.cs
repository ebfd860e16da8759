using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Config;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Tests.Yaml;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using Mesh.Sdk.Yaml;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Facts;

/// <summary>
/// MESH001 looks for <c>proxy.istio.io/config</c> only where annotations can be (metadata, TSB overlay patches) and does
/// not walk the rest of each object; it must still find every such place the full graph walk finds, in the same order
/// (findings come out in that order), in the SDK's kinds and in kinds defined by the user.
/// </summary>
public sealed class AnnotationSitesTests
{
    private const string Bad = "drainDuration: 5\n"; // a bare number is not a duration

    private static IEnumerable<Type> GeneratedTypes() => GeneratedWriters.KeysByType().Keys.OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static List<ModelObject> ByFullWalk(object root) =>
        ModelGraph.Walk(root).Where(m => m is ObjectMeta or TemplateMetadata or OverlayPatch).ToList();

    private static List<ModelObject> Found(object root)
    {
        var sites = new List<ModelObject>();
        new AnnotationSites().Collect(root, sites);
        return sites;
    }

    private static void AssertSameSites(object root, string what)
    {
        var expected = ByFullWalk(root);
        var found = Found(root);
        Assert.That(found.Select(m => m.GetType().Name), Is.EqualTo(expected.Select(m => m.GetType().Name)), what);
        Assert.That(found.Zip(expected).All(p => ReferenceEquals(p.First, p.Second)), Is.True, what + ": the same instances");
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void Filled_objects_give_the_metadata_and_patches_the_full_walk_reaches_in_its_order(Type type)
    {
        for (var variant = 0; variant < 6; variant++)
        {
            AssertSameSites(GeneratedWriterTests.Fill(type, depth: 0, variant)!, $"variant {variant}");
        }
    }

    [TestCase(11)]
    [TestCase(12)]
    [TestCase(13)]
    public void Random_graphs_with_shared_objects_and_cycles_give_what_the_full_walk_gives(int seed)
    {
        var random = new Random(seed);
        var types = GeneratedTypes().ToArray();
        for (var round = 0; round < 40; round++)
        {
            var roots = Enumerable.Range(0, 3).Select(_ => GeneratedWriterTests.Fill(types[random.Next(types.Length)], depth: 0, random.Next(6))).OfType<object>().ToList();
            var nodes = roots.SelectMany(ModelGraph.Walk).ToList();
            // Metadata and patches shared between places, and fields pointing back at an ancestor.
            for (var i = 0; i < 40 && nodes.Count > 0; i++)
            {
                var node = nodes[random.Next(nodes.Count)];
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(_ => random.Next()).Take(3))
                {
                    if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length != 0) continue;
                    var candidate = nodes[random.Next(nodes.Count)];
                    if (!property.PropertyType.IsInstanceOfType(candidate)) continue;
                    try
                    {
                        property.SetValue(node, candidate);
                    }
                    catch (TargetInvocationException)
                    {
                        // A setter that checks its value: the field keeps its own.
                    }
                }
            }
            foreach (var root in roots) AssertSameSites(root, $"seed {seed}, round {round}");
        }
    }

    [Test]
    public void Metadata_anywhere_in_a_user_kind_is_found_in_the_full_walks_order()
    {
        var widget = NewWidget(out _);

        AssertSameSites(widget, "widget");
        Assert.That(Found(widget), Has.Count.EqualTo(6), "its own metadata, and five more places");
    }

    [Test]
    public void A_bad_annotation_on_any_metadata_of_a_user_kind_is_reported_there()
    {
        var widget = NewWidget(out var places);

        var findings = Check(new InvalidProxyConfigAnnotationRule(), widget);

        Assert.That(findings.Select(f => f.Location), Is.EquivalentTo(places));
        var annotated = ByFullWalk(widget).Where(m => m is ObjectMeta { Annotations.Count: > 0 } or TemplateMetadata { Annotations.Count: > 0 });
        Assert.That(findings.Select(f => f.Location), Is.EqualTo(annotated.Select(m => m.Origin)), "in the order of the full walk");
        Assert.That(findings.Select(f => f.Message), Has.All.StartsWith("Widget shop/w: "));
        Assert.That(findings.Select(f => f.Message), Has.All.Contains("drainDuration '5' is not a duration"));
    }

    [Test]
    public void Metadata_shared_by_two_places_of_one_object_is_reported_once_and_once_per_object_that_holds_it()
    {
        var shared = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = Bad } };
        var first = Deployment(App(), shared);
        var second = Deployment(App(), shared, name: "api");
        var widget = new Widget { Metadata = new() { Name = "w", Namespace = "shop" }, Parts = [shared, shared] };

        var findings = Check(new InvalidProxyConfigAnnotationRule(), first, widget, second);

        Assert.That(findings.Select(f => f.Message.Split(':')[0]), Is.EqualTo(new[] { "Deployment shop/web", "Widget shop/w", "Deployment shop/api" }));
    }

    [Test]
    public void Containers_probes_and_ports_are_not_walked_but_pod_templates_are()
    {
        Assert.That(AnnotationSites.MayHoldSite(typeof(Container)), Is.False);
        Assert.That(AnnotationSites.MayHoldSite(typeof(List<Container>)), Is.False);
        Assert.That(AnnotationSites.MayHoldSite(typeof(PodTemplateSpec)), Is.True);
        Assert.That(AnnotationSites.MayHoldSite(typeof(Widget)), Is.True);
        Assert.That(AnnotationSites.MayHoldSite(typeof(List<object>)), Is.True, "a list of anything may hold metadata");
    }

    /// <summary>A widget with a bad annotation in five places the typed model does not foresee; <paramref name="places"/> their origins.</summary>
    private static Widget NewWidget(out List<SourceLocation> places)
    {
        var inList = new ObjectMeta { Name = "m", Annotations = { [IstioAnnotations.ProxyConfig] = Bad } }; var a = Here();
        var inMap = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = Bad } }; var b = Here();
        var inHolder = new ObjectMeta { Name = "m", Annotations = { [IstioAnnotations.ProxyConfig] = Bad } }; var c = Here();
        var inObject = new ObjectMeta { Name = "m", Annotations = { [IstioAnnotations.ProxyConfig] = Bad } }; var d = Here();
        var inTemplate = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyConfig] = Bad } }; var e = Here();
        places = [a, b, c, d, e];
        return new Widget
        {
            Metadata = new() { Name = "w", Namespace = "shop" },
            Parts = ["text", 42, inList],
            Templates = { ["main"] = inMap },
            Holder = new Holder { Meta = inHolder, Container = App() },
            Extra = new Dictionary<string, object> { ["deep"] = new List<object> { inObject } },
            Pods = [new PodTemplateSpec { Metadata = inTemplate, Spec = new() { Containers = [App()] } }],
        };
    }

    private sealed class Widget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : KubernetesObject(callerFilePath, callerLineNumber)
    {
        public override string ApiVersion => "example.com/v1";

        public override string Kind => "Widget";

        public IList<object> Parts { get; init; } = [];

        public IDictionary<string, TemplateMetadata> Templates { get; init; } = new Dictionary<string, TemplateMetadata>();

        public Holder? Holder { get; set; }

        public object? Extra { get; set; }

        public IList<PodTemplateSpec> Pods { get; init; } = [];
    }

    /// <summary>Not sealed: a subclass could add fields, so a field of this type is always followed.</summary>
    private class Holder
    {
        public ObjectMeta? Meta { get; set; }

        public Container? Container { get; set; }
    }
}
