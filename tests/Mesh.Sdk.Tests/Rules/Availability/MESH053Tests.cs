using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Workloads;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH053Tests
{
    private static readonly PdbBlocksEvictionsRule Rule = new();

    private static Deployment Web(int? replicas, string name = "web") => new()
    {
        Metadata = new() { Name = name, Namespace = "shop" },
        Spec = new()
        {
            Replicas = replicas,
            Selector = new() { MatchLabels = { ["app"] = name } },
            Template = new()
            {
                Metadata = new() { Labels = { ["app"] = name } },
                Spec = new() { Containers = [new() { Name = "app", Image = "web:1" }] },
            },
        },
    };

    private static PodDisruptionBudget Budget(PodDisruptionBudgetSpec spec) => new()
    {
        Metadata = new() { Name = "web", Namespace = "shop" },
        Spec = spec,
    };

    [Test]
    public void MinAvailable_1_with_1_replica_is_reported_at_the_pdb_spec()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 1, Selector = new() { MatchLabels = { ["app"] = "web" } } };

        var d = Single(Run(Rule, Web(1), Budget(spec)), "MESH053", spec);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("PodDisruptionBudget shop/web: minAvailable 1 is not below the 1 replica of Deployment shop/web, so node drains block forever"));
    }

    [Test]
    public void Unset_replicas_count_as_1()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 1, Selector = new() { MatchLabels = { ["app"] = "web" } } };

        Single(Run(Rule, Web(null), Budget(spec)), "MESH053", spec);
    }

    [Test]
    public void MinAvailable_against_the_HPA_minReplicas_is_reported()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 2, Selector = new() { MatchLabels = { ["app"] = "web" } } };
        var hpa = new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = "web", Namespace = "shop" },
            Spec = new() { ScaleTargetRef = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web" }, MinReplicas = 2, MaxReplicas = 10 },
        };

        var d = Single(Run(Rule, Web(5), hpa, Budget(spec)), "MESH053", spec);

        Assert.That(d.Message, Does.Contain("minAvailable 2 is not below the HPA minReplicas 2 of Deployment shop/web"));
    }

    [Test]
    public void MinAvailable_percent_is_rounded_up_like_the_disruption_controller()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = "50%", Selector = new() { MatchLabels = { ["app"] = "web" } } };

        var d = Single(Run(Rule, Web(1), Budget(spec)), "MESH053", spec);

        Assert.That(d.Message, Does.Contain("minAvailable 50% (rounded up to 1)"));
    }

    [Test]
    public void MinAvailable_100_percent_is_reported_without_workloads()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = IntOrString.Percent(100), Selector = new() { MatchLabels = { ["app"] = "web" } } };

        var d = Single(Run(Rule, Budget(spec)), "MESH053", spec);

        Assert.That(d.Message, Does.Contain("minAvailable is 100%"));
    }

    [TestCase(0)]
    [TestCase("0%")]
    public void MaxUnavailable_0_is_reported(object value)
    {
        var spec = new PodDisruptionBudgetSpec
        {
            MaxUnavailable = value is int i ? i : (string)value,
            Selector = new() { MatchLabels = { ["app"] = "web" } },
        };

        var d = Single(Run(Rule, Web(3), Budget(spec)), "MESH053", spec);

        Assert.That(d.Message, Does.Contain("maxUnavailable is 0"));
    }

    [Test]
    public void Replicas_of_every_selected_workload_add_up()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 2, Selector = new() { MatchLabels = { ["tier"] = "front" } } };
        var a = Web(1, "a");
        var b = Web(1, "b");
        a.Spec.Template.Metadata.Labels["tier"] = "front";
        b.Spec.Template.Metadata.Labels["tier"] = "front";

        var d = Single(Run(Rule, a, b, Budget(spec)), "MESH053", spec);

        Assert.That(d.Message, Does.Contain("the 1 replica of Deployment shop/a and 1 replica of Deployment shop/b"));
    }

    [Test]
    public void MaxUnavailable_1_with_3_replicas_is_compliant()
    {
        var spec = new PodDisruptionBudgetSpec { MaxUnavailable = 1, Selector = new() { MatchLabels = { ["app"] = "web" } } };

        Assert.That(Run(Rule, Web(3), Budget(spec)), Is.Empty);
    }

    [Test]
    public void MinAvailable_below_the_replicas_is_compliant()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 2, Selector = new() { MatchLabels = { ["app"] = "web" } } };

        Assert.That(Run(Rule, Web(3), Budget(spec)), Is.Empty);
    }

    [Test]
    public void A_workload_in_another_namespace_is_not_counted()
    {
        var spec = new PodDisruptionBudgetSpec { MinAvailable = 1, Selector = new() { MatchLabels = { ["app"] = "web" } } };
        var other = Web(1);
        other.Metadata.Namespace = "billing";

        Assert.That(Run(Rule, other, Budget(spec)), Is.Empty);
    }

    [Test]
    public void The_budget_a_MeshedService_generates_is_compliant()
    {
        var objects = new MeshedService { Name = "web", Namespace = "shop", Image = "web:1" }.Expand(TargetVersions.Default);

        Assert.That(Run(Rule, [.. objects]), Is.Empty);
    }
}
