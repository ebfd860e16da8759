using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;
using Mesh.Sdk.Tests.Rules;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Facts;

/// <summary>
/// The Services, HPAs and PDBs each workload's facts list (found through an index, not a scan of every
/// object) are exactly those the definitions in domain terms select, in definition order.
/// </summary>
public sealed class WorkloadReferencesTests
{
    private static readonly string?[] NamespacesUsed = ["shop", "other", null];

    private static Dictionary<string, string> Pairs(Random random, int max)
    {
        var pairs = new Dictionary<string, string>();
        var count = random.Next(0, max + 1);
        for (var i = 0; i < count; i++)
        {
            var key = random.Next(3) switch { 0 => "app", 1 => "tier", _ => "part-of" };
            pairs[key] = key == "part-of" ? "shop" : random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return pairs;
    }

    [Test]
    public void Every_workload_gets_exactly_what_its_selectors_select_in_definition_order()
    {
        var random = new Random(20261204);
        for (var round = 0; round < 40; round++)
        {
            var objects = new List<KubernetesObject>();
            for (var i = 0; i < 30; i++)
            {
                var ns = NamespacesUsed[random.Next(NamespacesUsed.Length)];
                var name = "w" + random.Next(6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                switch (random.Next(4))
                {
                    case 0:
                        var labels = Pairs(random, 3);
                        objects.Add(new global::Mesh.Sdk.Kubernetes.Apps.V1.Deployment
                        {
                            Metadata = new() { Name = name, Namespace = ns },
                            Spec = new()
                            {
                                Selector = new() { MatchLabels = labels },
                                Template = new() { Metadata = new() { Labels = labels }, Spec = new() { Containers = [App()] } },
                            },
                        });
                        break;
                    case 1:
                        objects.Add(new Service { Metadata = new() { Name = name, Namespace = ns }, Spec = new() { Selector = Pairs(random, 3) } });
                        break;
                    case 2:
                        var selector = new LabelSelector { MatchLabels = Pairs(random, 2) };
                        if (random.Next(3) == 0) selector.MatchExpressions.Add(new() { Key = "tier", Operator = LabelSelectorOperator.Exists });
                        objects.Add(new PodDisruptionBudget { Metadata = new() { Name = name, Namespace = ns }, Spec = new() { Selector = selector, MaxUnavailable = 1 } });
                        break;
                    default:
                        objects.Add(new HorizontalPodAutoscaler
                        {
                            Metadata = new() { Name = name, Namespace = ns },
                            Spec = new() { ScaleTargetRef = new() { Kind = random.Next(2) == 0 ? "Deployment" : "StatefulSet", Name = name }, MaxReplicas = 2 },
                        });
                        break;
                }
            }
            foreach (var w in RuleTestKit.Workloads(Current, [.. objects]))
            {
                var ns = w.Namespace;
                Assert.That(w.Services, Is.EqualTo(objects.OfType<Service>()
                    .Where(s => s.Metadata.Namespace == ns && s.Spec!.Selector.Count > 0 && s.Spec.Selector.All(kv => w.Labels.TryGetValue(kv.Key, out var v) && v == kv.Value))
                    .ToList()), $"round {round}, {w}: services");
                Assert.That(w.DisruptionBudgets, Is.EqualTo(objects.OfType<PodDisruptionBudget>()
                    .Where(p => p.Metadata.Namespace == ns && p.Spec!.Selector!.MatchLabels.Count + p.Spec.Selector.MatchExpressions.Count > 0 && p.Spec.Selector.Matches(w.Labels))
                    .ToList()), $"round {round}, {w}: disruption budgets");
                Assert.That(w.Autoscalers, Is.EqualTo(objects.OfType<HorizontalPodAutoscaler>()
                    .Where(h => h.Metadata.Namespace == ns && h.Spec.ScaleTargetRef.Kind == w.Owner.Kind && h.Spec.ScaleTargetRef.Name == w.Owner.Metadata.Name)
                    .ToList()), $"round {round}, {w}: autoscalers");
            }
        }
    }

    [Test]
    public void A_selector_pair_many_services_share_does_not_hide_the_rest_of_the_selector()
    {
        Service Svc(string app) => new()
        {
            Metadata = new() { Name = app, Namespace = "shop" },
            Spec = new() { Selector = { ["part-of"] = "shop", ["app"] = app } },
        };
        var whole = new Service { Metadata = new() { Name = "all", Namespace = "shop" }, Spec = new() { Selector = { ["part-of"] = "shop" } } };
        var web = Svc("web");
        var metadata = new TemplateMetadata { Labels = { ["part-of"] = "shop" } };
        var w = Workload(Svc("api"), web, whole, Svc("cart"), Deployment(App(), metadata));
        Assert.That(w.Services, Is.EqualTo(new[] { web, whole }));
    }

    [Test]
    public void Pod_labels_that_compare_keys_ignoring_case_are_matched_as_the_dictionary_compares()
    {
        var service = new Service { Metadata = new() { Name = "web", Namespace = "shop" }, Spec = new() { Selector = { ["APP"] = "web" } } };
        var metadata = new TemplateMetadata { Labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) };
        Assert.That(Workload(service, Deployment(App(), metadata)).Services, Is.EqualTo(new[] { service }));
    }

    private static HorizontalPodAutoscaler Hpa(string name, string? ns, string kind = "Deployment", string? target = null) => new()
    {
        Metadata = new() { Name = name, Namespace = ns },
        Spec = new() { ScaleTargetRef = new() { Kind = kind, Name = target ?? name }, MaxReplicas = 3 },
    };

    [Test]
    public void An_HPA_in_another_namespace_or_for_another_kind_does_not_scale_the_workload()
    {
        var elsewhere = Hpa("web", "other");
        var statefulSet = Hpa("web-sts", "shop", kind: "StatefulSet", target: "web");
        var own = Hpa("web", "shop");

        var w = Workload(elsewhere, statefulSet, Deployment(App()), own);

        Assert.That(w.Autoscalers, Is.EqualTo(new[] { own }));
    }

    [Test]
    public void Two_workloads_of_one_name_in_two_namespaces_each_get_their_own_services_and_HPAs()
    {
        var shopHpa = Hpa("web", "shop");
        var otherHpa = Hpa("web", "other");
        var shopService = ServiceFor("web", "shop");
        var otherService = ServiceFor("web", "other");

        var all = RuleTestKit.Workloads(Current, Deployment(App()), Deployment(new PodTemplateSpec { Metadata = new(), Spec = new() { Containers = [App()] } }, ns: "other"),
            otherHpa, shopService, shopHpa, otherService);

        Assert.That(all.Select(w => w.Namespace), Is.EqualTo(new[] { "shop", "other" }));
        Assert.That(all[0].Autoscalers, Is.EqualTo(new[] { shopHpa }));
        Assert.That(all[0].Services, Is.EqualTo(new[] { shopService }));
        Assert.That(all[1].Autoscalers, Is.EqualTo(new[] { otherHpa }));
        Assert.That(all[1].Services, Is.EqualTo(new[] { otherService }));
    }

    [Test]
    public void A_service_selecting_several_workloads_is_listed_for_each_of_them()
    {
        var shop = new Service { Metadata = new() { Name = "shop", Namespace = "shop" }, Spec = new() { Selector = { ["part-of"] = "shop" } } };
        PodTemplateSpec Template() => new() { Metadata = new() { Labels = { ["part-of"] = "shop" } }, Spec = new() { Containers = [App()] } };

        var all = RuleTestKit.Workloads(Current, Deployment(Template(), "web"), shop, Deployment(Template(), "api"), Deployment(App(), name: "alone"));

        Assert.That(all.Select(w => w.Services.Count), Is.EqualTo(new[] { 1, 1, 0 }));
        Assert.That(all[0].Services[0], Is.SameAs(shop));
        Assert.That(all[1].Services[0], Is.SameAs(shop));
    }
}
