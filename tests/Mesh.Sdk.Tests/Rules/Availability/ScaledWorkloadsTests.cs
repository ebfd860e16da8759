using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Availability;

/// <summary>
/// MESH053 asks, per PDB, which Deployments and StatefulSets it selects, and each workload's HPA; both are looked up
/// through indexes (a PDB per app must not test every app). The answers must be those of the definitions: same
/// namespace (an object without one matches any), the selector over the pod labels, the first HPA defined.
/// </summary>
public sealed class ScaledWorkloadsTests
{
    private static readonly string?[] Namespaces = ["shop", "other", null];

    private static Dictionary<string, string> Labels(Random random)
    {
        var labels = random.Next(5) == 0 ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) : [];
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var key = random.Next(3) switch { 0 => "app", 1 => "tier", _ => random.Next(2) == 0 ? "part-of" : "APP" };
            labels[key] = random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return labels;
    }

    [Test]
    public void Every_PDB_selects_what_the_definition_selects_and_every_workload_gets_its_first_HPA()
    {
        var random = new Random(20261204);
        for (var round = 0; round < 60; round++)
        {
            var objects = new List<KubernetesObject>();
            for (var i = 0; i < 30; i++)
            {
                var ns = Namespaces[random.Next(Namespaces.Length)];
                var name = "w" + random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture);
                switch (random.Next(4))
                {
                    case 0:
                        var template = new PodTemplateSpec { Metadata = random.Next(8) == 0 ? null! : new() { Labels = Labels(random) }, Spec = new() { Containers = [App()] } };
                        objects.Add(random.Next(2) == 0
                            ? new Deployment { Metadata = new() { Name = name, Namespace = ns }, Spec = new() { Selector = new(), Replicas = random.Next(4), Template = template } }
                            : new StatefulSet { Metadata = new() { Name = name, Namespace = ns }, Spec = new() { Selector = new(), Template = template } });
                        break;
                    case 1:
                        var selector = new LabelSelector();
                        foreach (var (k, v) in Labels(random)) selector.MatchLabels[k] = v;
                        if (random.Next(4) == 0) selector.MatchExpressions.Add(new() { Key = "tier", Operator = LabelSelectorOperator.Exists });
                        objects.Add(new PodDisruptionBudget { Metadata = new() { Name = name, Namespace = ns }, Spec = new() { Selector = selector, MinAvailable = 1 } });
                        break;
                    default:
                        objects.Add(new HorizontalPodAutoscaler
                        {
                            Metadata = new() { Name = name + "-hpa", Namespace = ns },
                            Spec = new()
                            {
                                ScaleTargetRef = new() { Kind = random.Next(2) == 0 ? "Deployment" : "StatefulSet", Name = random.Next(6) == 0 ? null! : name },
                                MinReplicas = random.Next(1, 4),
                                MaxReplicas = 5,
                            },
                        });
                        break;
                }
            }
            var context = new RuleContext(objects, Current, []);

            var all = ScaledWorkloads.All(context);
            Assert.That(all.Select(w => w.Workload), Is.EqualTo(objects.Where(o => o is global::Mesh.Sdk.Kubernetes.Apps.V1.Deployment or StatefulSet)), $"round {round}: workloads");
            foreach (var w in all)
            {
                var first = objects.OfType<HorizontalPodAutoscaler>().FirstOrDefault(h =>
                    h.Spec.ScaleTargetRef.Kind == w.Workload.Kind && h.Spec.ScaleTargetRef.Name == w.Workload.Metadata.Name && ScaledWorkloads.SameNamespace(h, w.Workload));
                Assert.That(w.Autoscaler, Is.SameAs(first), $"round {round}, {w.Workload}: autoscaler");
            }
            foreach (var pdb in objects.OfType<PodDisruptionBudget>())
            {
                var selector = pdb.Spec!.Selector!;
                var expected = all.Where(w => ScaledWorkloads.SameNamespace(pdb, w.Workload)
                    && selector.Matches(w.Template.Metadata?.Labels ?? new Dictionary<string, string>())).ToList();
                Assert.That(ScaledWorkloads.SelectedBy(context, pdb, selector), Is.EqualTo(expected), $"round {round}, {pdb}: selected");
            }
        }
    }
}
