using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH011Tests
{
    private static readonly InvalidPreStopSleepRule Rule = new();

    private static Container Sleeping(long seconds) =>
        new() { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = seconds } } } };

    [Test]
    public void A_sleep_longer_than_the_grace_period_is_an_error_at_the_container()
    {
        var app = new Container { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 30 } } } }; var at = Here();

        var f = Single(Check(Rule, Deployment(app, grace: 20)));

        AssertFinding(f, MeshRules.InvalidPreStopSleep, MeshSeverity.Error,
            "Deployment shop/web: container 'web' preStop sleep of 30s is longer than terminationGracePeriodSeconds (20s)", at);
        Assert.That(f.Message, Does.Contain("at least 35"));
    }

    [Test]
    public void A_sleep_longer_than_the_default_grace_period_is_an_error()
    {
        Assert.That(Single(Check(Rule, Deployment(Sleeping(31)))).Message, Does.Contain("(30s)"));
    }

    [Test]
    public void A_sleep_within_the_grace_period_is_fine()
    {
        None(Check(Rule, Deployment(Sleeping(30), grace: 45)));
    }

    [Test]
    public void A_zero_sleep_is_rejected_before_Kubernetes_1_33()
    {
        var f = Single(Check(Rule, Targets("1.32", "1.26"), Deployment(Sleeping(0))));
        Assert.That(f.Message, Does.Contain("of 0s is rejected before Kubernetes 1.33 (target Kubernetes 1.32)"));
    }

    [Test]
    public void A_zero_sleep_is_allowed_from_Kubernetes_1_33()
    {
        None(Check(Rule, Targets("1.33", "1.26"), Deployment(Sleeping(0))));
    }

    [Test]
    public void Any_sleep_action_is_unavailable_before_Kubernetes_1_30()
    {
        var f = Single(Check(Rule, Targets("1.29", "1.22"), Deployment(Sleeping(5))));
        Assert.That(f.Message, Does.Contain("target Kubernetes 1.29").And.Contain("Exec [\"sleep\", \"5\"]"));
    }

    [Test]
    public void Init_containers_are_checked_too()
    {
        var sidecar = new Container { Name = "log", Image = "log:1", RestartPolicy = ContainerRestartPolicy.Always, Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 60 } } } }; var at = Here();
        var f = Single(Check(Rule, Deployment(new PodSpec { Containers = [App()], InitContainers = [sidecar] })));
        Assert.That(f.Location, Is.EqualTo(at));
    }
}
