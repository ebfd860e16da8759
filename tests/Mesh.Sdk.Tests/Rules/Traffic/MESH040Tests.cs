using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Istio.Networking.V1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH040Tests
{
    private static readonly WarmupIgnoredRule Rule = new();

    private static DestinationRule Reviews(TrafficPolicy? policy = null, params Subset[] subsets) => new()
    {
        Metadata = new() { Name = "reviews", Namespace = "shop" },
        Spec = new() { Host = "reviews.shop.svc.cluster.local", TrafficPolicy = policy, Subsets = [.. subsets] },
    };

    [Test]
    public void Warmup_with_RANDOM_is_reported_at_the_load_balancer()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.Random, Warmup = new() { Duration = Duration.FromSeconds(60) } };

        var d = Single(Run(Rule, Reviews(new() { LoadBalancer = lb })), "MESH040", lb);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("DestinationRule shop/reviews: warmup is set but the load balancer is RANDOM (trafficPolicy.loadBalancer)"));
    }

    [Test]
    public void Warmup_with_PASSTHROUGH_is_reported()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.Passthrough, Warmup = new() { Duration = Duration.FromSeconds(60) } };

        var d = Single(Run(Rule, Reviews(new() { LoadBalancer = lb })), "MESH040", lb);

        Assert.That(d.Message, Does.Contain("PASSTHROUGH"));
    }

    [Test]
    public void The_deprecated_warmupDurationSecs_with_consistent_hash_is_reported()
    {
#pragma warning disable CS0618
        var lb = new LoadBalancerSettings { ConsistentHash = new() { HttpHeaderName = "x-user" }, WarmupDurationSecs = Duration.FromSeconds(30) };
#pragma warning restore CS0618

        var d = Single(Run(Rule, Reviews(new() { LoadBalancer = lb })), "MESH040", lb);

        Assert.That(d.Message, Does.Contain("the load balancer is consistentHash"));
    }

    [Test]
    public void Warmup_in_a_subset_port_setting_is_reported_there()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.Random, Warmup = new() { Duration = Duration.FromSeconds(60) } };
        var subset = new Subset
        {
            Name = "v2",
            Labels = { ["version"] = "v2" },
            TrafficPolicy = new() { PortLevelSettings = [new() { Port = new() { Number = 9080 }, LoadBalancer = lb }] },
        };

        var d = Single(Run(Rule, Reviews(null, subset)), "MESH040", lb);

        Assert.That(d.Message, Does.Contain("RANDOM (subsets[v2].trafficPolicy.portLevelSettings[port 9080].loadBalancer)"));
    }

    [TestCase(SimpleLoadBalancer.LeastRequest)]
    [TestCase(SimpleLoadBalancer.RoundRobin)]
    [TestCase(SimpleLoadBalancer.LeastConn)]
    [TestCase(SimpleLoadBalancer.Unspecified)]
    public void Warmup_with_a_slow_start_capable_balancer_is_compliant(SimpleLoadBalancer simple)
    {
        var lb = new LoadBalancerSettings { Simple = simple, Warmup = new() { Duration = Duration.FromSeconds(60) } };

        Assert.That(Run(Rule, Reviews(new() { LoadBalancer = lb })), Is.Empty);
    }

    [Test]
    public void Warmup_without_simple_uses_LEAST_REQUEST_and_is_compliant()
    {
        var lb = new LoadBalancerSettings { Warmup = new() { Duration = Duration.FromSeconds(60) } };

        Assert.That(Run(Rule, Reviews(new() { LoadBalancer = lb })), Is.Empty);
    }

    [Test]
    public void RANDOM_without_warmup_is_compliant()
    {
        var lb = new LoadBalancerSettings { Simple = SimpleLoadBalancer.Random };

        Assert.That(Run(Rule, Reviews(new() { LoadBalancer = lb })), Is.Empty);
    }
}
