using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Istio.Networking.V1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

#pragma warning disable CS0618 // WarmupDurationSecs is deprecated: exactly what these tests exercise

public sealed class MESH041Tests
{
    private static readonly InvalidWarmupRule Rule = new();

    private static DestinationRule Reviews(LoadBalancerSettings lb) => new()
    {
        Metadata = new() { Name = "reviews", Namespace = "shop" },
        Spec = new() { Host = "reviews", TrafficPolicy = new() { LoadBalancer = lb } },
    };

    [Test]
    public void Both_warmup_fields_are_an_error()
    {
        var lb = new LoadBalancerSettings { WarmupDurationSecs = Duration.FromSeconds(30), Warmup = new() { Duration = Duration.FromSeconds(30) } };

        var d = Single(Run(Rule, Reviews(lb)), "MESH041", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.StartWith("DestinationRule shop/reviews: trafficPolicy.loadBalancer sets both warmupDurationSecs and warmup"));
    }

    [Test]
    public void Aggression_of_zero_is_an_error()
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(30), Aggression = 0 } };

        var d = Single(Run(Rule, Reviews(lb)), "MESH041", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.Contain("warmup.aggression is 0; Istio requires it to be greater than 0"));
    }

    [TestCase(-1.0)]
    [TestCase(100.5)]
    public void MinimumPercent_outside_0_to_100_is_an_error(double percent)
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(30), MinimumPercent = percent } };

        var d = Single(Run(Rule, Reviews(lb)), "MESH041", lb);

        Assert.That(d.Message, Does.Contain("warmup.minimumPercent is").And.Contain("it must be from 0 to 100"));
    }

    [Test]
    public void A_zero_warmup_duration_is_an_error()
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(0) } };

        var d = Single(Run(Rule, Reviews(lb)), "MESH041", lb);

        Assert.That(d.Message, Does.Contain("warmup.duration is 0s; it is required and must be at least 1ms"));
    }

    [Test]
    public void Warmup_before_Istio_1_24_is_an_error_naming_the_target()
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(30) } };

        var d = Single(Run(Rule, Targets(istio: "1.23"), Reviews(lb)), "MESH041", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.Contain("warmup needs Istio 1.24 or later (target Istio 1.23)"));
    }

    [Test]
    public void Warmup_on_Istio_1_24_is_compliant()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.LeastRequest, Warmup = new() { Duration = Duration.FromSeconds(30), MinimumPercent = 10, Aggression = 1.0 } };

        Assert.That(Run(Rule, Targets(istio: "1.24"), Reviews(lb)), Is.Empty);
    }

    [Test]
    public void WarmupDurationSecs_on_Istio_1_24_is_info_naming_the_assumption()
    {
        var lb = new LoadBalancerSettings { WarmupDurationSecs = Duration.FromSeconds(30) };

        var d = Single(Run(Rule, Reviews(lb)), "MESH041", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Info));
        Assert.That(d.Message, Does.Contain("warmupDurationSecs is deprecated since Istio 1.24 (target Istio 1.30 (default))"));
    }

    [Test]
    public void WarmupDurationSecs_before_Istio_1_24_is_compliant()
    {
        var lb = new LoadBalancerSettings { WarmupDurationSecs = Duration.FromSeconds(30) };

        Assert.That(Run(Rule, Targets(istio: "1.23"), Reviews(lb)), Is.Empty);
    }

    [Test]
    public void WarmupDurationSecs_before_Istio_1_14_is_an_error()
    {
        var lb = new LoadBalancerSettings { WarmupDurationSecs = Duration.FromSeconds(30) };

        var d = Single(Run(Rule, Targets(istio: "1.13"), Reviews(lb)), "MESH041", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(d.Message, Does.Contain("warmupDurationSecs needs Istio 1.14 or later (target Istio 1.13)"));
    }

    [Test]
    public void Port_level_settings_are_checked()
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(30), Aggression = -2 } };
        var rule = new DestinationRule
        {
            Metadata = new() { Name = "reviews", Namespace = "shop" },
            Spec = new() { Host = "reviews", TrafficPolicy = new() { PortLevelSettings = [new() { Port = new() { Number = 8080 }, LoadBalancer = lb }] } },
        };

        var d = Single(Run(Rule, rule), "MESH041", lb);

        Assert.That(d.Message, Does.Contain("trafficPolicy.portLevelSettings[port 8080].loadBalancer.warmup.aggression is -2"));
    }

    [TestCase("1.23")]
    [TestCase("1.24")]
    public void The_warmup_a_MeshedService_generates_is_compliant(string istio)
    {
        var service = new Mesh.Sdk.Workloads.MeshedService { Name = "web", Namespace = "shop", Image = "web:1", Warmup = Duration.FromSeconds(30) };
        var targets = Targets(istio: istio);

        Assert.That(Run(Rule, targets, [.. service.Expand(targets)]), Is.Empty);
    }

    [Test]
    public void A_load_balancer_without_slow_start_is_compliant()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.RoundRobin };

        Assert.That(Run(Rule, Targets(istio: "1.13"), Reviews(lb)), Is.Empty);
    }
}
