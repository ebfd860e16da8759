using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Rules.Lifecycle;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;
using MeshProxyConfig = Mesh.Sdk.Istio.Mesh.V1Alpha1.ProxyConfig;

namespace Mesh.Sdk.Tests.Rules.Lifecycle;

public sealed class MESH017Tests
{
    private static readonly ProxyLifecycleOverrideRule Rule = new();

    private static IstioOperator Operator(ProxyValues proxy, MeshProxyConfig? defaults = null) => new()
    {
        Metadata = new() { Name = "mesh", Namespace = "istio-system" },
        Spec = new() { MeshConfig = defaults is null ? null : new() { DefaultConfig = defaults }, Values = new() { Global = new() { Proxy = proxy } } },
    };

    [Test]
    public void A_values_lifecycle_with_hold_in_a_legacy_mesh_drops_the_wait_hook()
    {
        var proxy = new ProxyValues { Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } } }; var at = Here();

        var f = Single(Check(Rule, Targets("1.30", "1.26"), Operator(proxy, new() { HoldApplicationUntilProxyStarts = true })));

        AssertFinding(f, MeshRules.ProxyLifecycleOverride, MeshSeverity.Warning,
            "IstioOperator istio-system/mesh: values.global.proxy.lifecycle replaces the lifecycle Istio injects into istio-proxy, which drops the postStart 'pilot-agent wait'", at);
    }

    [Test]
    public void A_values_lifecycle_with_native_sidecars_drops_the_drain_call_and_says_why()
    {
        var f = Single(Check(Rule, Operator(new ProxyValues { Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } } })));
        Assert.That(f.Message, Does.Contain("drops the native sidecar's preStop 'pilot-agent request POST drain' (ENABLE_NATIVE_SIDECARS=auto (the default from Istio 1.27) with target Kubernetes 1.35 (default))"));
    }

    [Test]
    public void A_values_lifecycle_without_hold_in_a_legacy_mesh_drops_nothing()
    {
        None(Check(Rule, Targets("1.30", "1.26"), Operator(new ProxyValues { Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = 5 } } } })));
    }

    [Test]
    public void A_user_istio_proxy_lifecycle_in_a_native_pod_is_reported_at_the_container()
    {
        var proxy = new Container { Name = "istio-proxy", Image = "auto", Lifecycle = new() { PostStart = new() { Exec = new() { Command = ["true"] } } } }; var at = Here();

        var f = Single(Check(Rule, InjectedNamespace(), Deployment(new PodSpec { Containers = [App(), proxy] })));

        AssertFinding(f, MeshRules.ProxyLifecycleOverride, MeshSeverity.Warning, "Deployment shop/web: the istio-proxy container's lifecycle replaces", at);
    }

    [Test]
    public void A_user_istio_proxy_container_without_lifecycle_is_fine()
    {
        var proxy = new Container { Name = "istio-proxy", Image = "auto" };
        None(Check(Rule, InjectedNamespace(), Deployment(new PodSpec { Containers = [App(), proxy] })));
    }
}
