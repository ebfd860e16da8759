using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Tests.Yaml;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Graph;

/// <summary>
/// The graph walk (MESH001, the additional-fields check, the rules' owner lookup) reads the SDK's model classes
/// through generated code; it must visit exactly the objects the reflection walk visits, in the same order
/// (findings are reported in that order), including shared objects, shared lists and cycles.
/// </summary>
public sealed class ModelGraphTests
{
    private static readonly IReadOnlyDictionary<Type, string[]> Walked = GeneratedWalks.WalkedFieldsByType();

    private static IEnumerable<Type> GeneratedTypes() => GeneratedWriters.KeysByType().Keys.OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void Every_type_with_a_generated_writer_has_a_generated_walk_over_a_subset_of_its_fields_in_order()
    {
        var keys = GeneratedWriters.KeysByType();

        Assert.That(Walked.Keys, Is.EquivalentTo(keys.Keys));
        foreach (var (type, fields) in Walked)
        {
            var wireNames = TypeShape.For(type).Properties.Select(p => p.WireName).ToList();
            Assert.That(fields.Select(f => wireNames.IndexOf(f)), Is.Ordered.And.All.GreaterThanOrEqualTo(0), type.FullName);
            Assert.That(GeneratedWalks.Find(type), Is.Not.Null, type.FullName);
        }
        Assert.That(Walked[typeof(Container)], Does.Contain("ports").And.Contains("lifecycle").And.Not.Contains("image").And.Not.Contains("args"));
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void Filled_objects_are_walked_as_the_reflection_walk_walks_them(Type type)
    {
        for (var variant = 0; variant < 6; variant++)
        {
            var obj = GeneratedWriterTests.Fill(type, depth: 0, variant)!;

            AssertSameWalk(obj, $"variant {variant}");
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Random_graphs_with_shared_objects_shared_lists_and_cycles_are_walked_as_the_reflection_walk_walks_them(int seed)
    {
        var random = new Random(seed);
        var types = GeneratedTypes().ToArray();
        for (var round = 0; round < 40; round++)
        {
            var roots = Enumerable.Range(0, 3).Select(_ => GeneratedWriterTests.Fill(types[random.Next(types.Length)], depth: 0, random.Next(6))).OfType<object>().ToList();
            var nodes = roots.SelectMany(ModelGraph.WalkWithReflection).ToList();
            var lists = nodes.SelectMany(n => Fields(n).Select(f => f.Value)).OfType<System.Collections.IList>().ToList();
            // Point fields at objects and lists that are already in the graph: sharing, and cycles back to an ancestor.
            for (var i = 0; i < 30 && nodes.Count > 0; i++)
            {
                var node = nodes[random.Next(nodes.Count)];
                foreach (var (property, _) in Fields(node).OrderBy(_ => random.Next()).Take(2))
                {
                    if (property.SetMethod is not { IsPublic: true }) continue;
                    var candidate = random.Next(2) == 0 && lists.Count > 0 ? (object)lists[random.Next(lists.Count)] : nodes[random.Next(nodes.Count)];
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
            roots.Add(roots[0]);

            foreach (var root in roots) AssertSameWalk(root, $"seed {seed}, round {round}");
            AssertSameWalk(roots, $"seed {seed}, round {round}, all roots");
        }
    }

    [Test]
    public void A_kind_defined_outside_the_sdk_is_walked_through_reflection_and_its_sdk_fields_through_generated_code()
    {
        var shared = new Container { Name = "app", Image = "nginx", Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } } };
        var gadget = new Gadget { Metadata = new() { Name = "g" }, Containers = [shared, shared], Template = new() { Spec = new() { Containers = [shared] } } };

        var walked = ModelGraph.Walk(gadget).ToList();

        Assert.That(GeneratedWalks.Find(typeof(Gadget)), Is.Null);
        Assert.That(SameObjects(walked, ModelGraph.WalkWithReflection(gadget).ToList()), Is.True);
        Assert.That(walked.Count(m => ReferenceEquals(m, shared)), Is.EqualTo(1), "a shared object is visited once");
        Assert.That(walked.OfType<SleepAction>().Single().Seconds, Is.EqualTo(5));
    }

    private static void AssertSameWalk(object root, string what)
    {
        var generated = ModelGraph.Walk(root).ToList();
        var reflected = ModelGraph.WalkWithReflection(root).ToList();

        Assert.That(generated.Select(m => m.GetType().Name), Is.EqualTo(reflected.Select(m => m.GetType().Name)), what);
        Assert.That(SameObjects(generated, reflected), Is.True, what + ": the same instances");
    }

    private static bool SameObjects(List<ModelObject> a, List<ModelObject> b) =>
        a.Count == b.Count && a.Zip(b).All(p => ReferenceEquals(p.First, p.Second));

    private static IEnumerable<(PropertyInfo Property, object? Value)> Fields(object node) =>
        node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<WireIgnoreAttribute>(inherit: true) is null && !p.PropertyType.IsValueType && p.PropertyType != typeof(string))
            .Select(p => (p, p.GetValue(node)));

    private sealed class Gadget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : KubernetesObject(callerFilePath, callerLineNumber)
    {
        public override string ApiVersion => "example.com/v1";

        public override string Kind => "Gadget";

        public IList<Container> Containers { get; init; } = [];

        public PodTemplateSpec? Template { get; set; }
    }
}
