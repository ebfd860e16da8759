using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH016Tests
{
    private static readonly ShellPreStopOnProxyRule Rule = new();

    private const string Netstat = "while [ $(netstat -plunt | grep tcp | grep -v envoy | wc -l | xargs) -ne 0 ]; do sleep 1; done";

    private static IstioOperator Operator(ProxyValues proxy, string? variant = null) => new()
    {
        Metadata = new() { Name = "mesh", Namespace = "istio-system" },
        Spec = new() { Values = new() { Global = new() { Proxy = proxy, Variant = variant } } },
    };

    [Test]
    public void The_seed_netstat_preStop_in_values_is_reported_at_the_proxy_values()
    {
        var proxy = new ProxyValues { Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", Netstat] } } } }; var at = Here();

        var f = Single(Check(Rule, Operator(proxy)));

        AssertFinding(f, MeshRules.ShellPreStopOnProxy, MeshSeverity.Warning, "IstioOperator istio-system/mesh: the istio-proxy preStop runs '/bin/sh -c while", at);
        Assert.That(f.Message, Does.Contain("...'; it also replaces"));
    }

    [Test]
    public void With_the_distroless_variant_it_is_an_error()
    {
        var proxy = new ProxyValues { Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["/bin/sh", "-c", Netstat] } } } };
        var f = Single(Check(Rule, Operator(proxy, "distroless")));
        Assert.That(f.Severity, Is.EqualTo(MeshSeverity.Error));
        Assert.That(f.Message, Does.Contain("distroless proxy image has no shell"));
    }

    [Test]
    public void A_user_istio_proxy_container_with_a_shell_preStop_is_reported_at_the_container()
    {
        var proxy = new Container { Name = "istio-proxy", Image = "auto", Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sh", "-c", "sleep 5"] } } } }; var at = Here();
        var metadata = new TemplateMetadata { Annotations = { [IstioAnnotations.ProxyImageType] = "distroless" } };

        var f = Single(Check(Rule, Deployment(new PodSpec { Containers = [App(), proxy] }, metadata)));

        AssertFinding(f, MeshRules.ShellPreStopOnProxy, MeshSeverity.Error, "Deployment shop/web: the istio-proxy preStop runs 'sh -c sleep 5', but the distroless", at);
    }

    [Test]
    public void A_sleep_action_on_the_proxy_is_not_a_shell()
    {
        None(Check(Rule, Operator(new ProxyValues { Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } } })));
    }

    [Test]
    public void A_shell_preStop_on_an_app_container_is_not_this_rule()
    {
        var app = new Container { Name = "web", Image = "web:1", Lifecycle = new() { PreStop = new() { Exec = new() { Command = ["sh", "-c", "sleep 5"] } } } };
        None(Check(Rule, Deployment(app)));
    }
}
