using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Istio.Networking.V1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH060Tests
{
    private static readonly RetriesDisabledRule Rule = new();

    private static VirtualService Api(params HttpRoute[] routes) => new()
    {
        Metadata = new() { Name = "api", Namespace = "shop" },
        Spec = new() { Hosts = ["api"], Http = [.. routes] },
    };

    private static HttpRoute Route(HttpRetry? retries) => new()
    {
        Route = [new() { Destination = new() { Host = "api" } }],
        Retries = retries,
    };

    [Test]
    public void Zero_attempts_are_info_at_the_retry_object()
    {
        var retry = new HttpRetry { Attempts = 0 };

        var d = Single(Run(Rule, Api(Route(retry))), "MESH060", retry);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Info));
        Assert.That(d.Message, Does.StartWith("VirtualService shop/api: retries.attempts is 0"));
    }

    [Test]
    public void Only_the_route_that_disables_retries_is_reported()
    {
        var disabled = new HttpRetry { Attempts = 0 };

        var d = Single(Run(Rule, Api(Route(new HttpRetry { Attempts = 2 }), Route(disabled))), "MESH060", disabled);

        Assert.That(d.Rule.Id, Is.EqualTo("MESH060"));
    }

    [Test]
    public void Explicit_attempts_with_a_per_try_timeout_are_compliant()
    {
        var retry = new HttpRetry { Attempts = 2, PerTryTimeout = Duration.FromSeconds(2), RetryOn = "connect-failure,refused-stream,unavailable,503" };

        Assert.That(Run(Rule, Api(Route(retry))), Is.Empty);
    }

    [Test]
    public void No_retry_policy_keeps_the_default_and_is_compliant()
    {
        Assert.That(Run(Rule, Api(Route(null))), Is.Empty);
    }

    [Test]
    public void A_retry_policy_without_attempts_is_compliant()
    {
        Assert.That(Run(Rule, Api(Route(new HttpRetry { PerTryTimeout = Duration.FromSeconds(1) }))), Is.Empty);
    }
}
