using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH010Tests
{
    private static readonly MissingPreStopDelayRule Rule = new();

    [Test]
    public void A_served_container_without_preStop_is_reported_at_the_container()
    {
        var app = new Container { Name = "web", Image = "web:1" }; var at = Here();

        var f = Single(Check(Rule, Deployment(app), ServiceFor()));

        AssertFinding(f, MeshRules.MissingPreStopDelay, MeshSeverity.Warning, "Deployment shop/web: container 'web' serves traffic", at);
        Assert.That(f.Message, Does.EndWith("Add Lifecycle.PreStop Sleep of 5-15 seconds"));
    }

    [Test]
    public void Before_Kubernetes_1_30_the_fix_is_an_exec_sleep_and_says_why()
    {
        var f = Single(Check(Rule, Targets("1.29", "1.22"), Deployment(App()), ServiceFor()));
        Assert.That(f.Message, Does.Contain("Exec [\"sleep\", \"N\"] (the Sleep action needs Kubernetes 1.30; target Kubernetes 1.29)"));
    }

    [Test]
    public void A_sleep_action_is_a_delay()
    {
        None(Check(Rule, Deployment(AppWithSleep(10)), ServiceFor()));
    }

    [Test]
    public void An_exec_sleep_is_a_delay()
    {
        var app = new Container { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sh", "-c", "sleep 10"] } } } };
        None(Check(Rule, Deployment(app), ServiceFor()));
    }

    [Test]
    public void A_workload_no_Service_selects_is_not_reported()
    {
        None(Check(Rule, Deployment(App()), ServiceFor("api")));
    }

    [Test]
    public void A_Service_in_another_namespace_does_not_count()
    {
        None(Check(Rule, Deployment(App()), ServiceFor("web", "other")));
    }
}
