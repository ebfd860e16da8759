using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Rules.Startup;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH024Tests
{
    private static readonly NativeSidecarStartupProbeDisabledRule Rule = new();

    private static IstioOperator Operator(ProxyValues proxy) =>
        new() { Metadata = new() { Name = "mesh", Namespace = "istio-system" }, Spec = new() { Values = new() { Global = new() { Proxy = proxy } } } };

    [Test]
    public void A_disabled_startup_probe_with_native_sidecars_is_reported_at_the_proxy_values()
    {
        var proxy = new ProxyValues { StartupProbe = new() { Enabled = false } }; var at = Here();

        AssertFinding(Single(Check(Rule, Operator(proxy))), MeshRules.NativeSidecarStartupProbeDisabled, MeshSeverity.Warning,
            "IstioOperator istio-system/mesh: values.global.proxy.startupProbe.enabled is false while pods use native sidecars", at);
    }

    [Test]
    public void A_disabled_startup_probe_with_legacy_sidecars_is_fine()
    {
        None(Check(Rule, Targets("1.30", "1.26"), Operator(new ProxyValues { StartupProbe = new() { Enabled = false } })));
    }

    [Test]
    public void An_enabled_startup_probe_is_fine()
    {
        None(Check(Rule, Operator(new ProxyValues { StartupProbe = new() { Enabled = true, FailureThreshold = 600 } })));
    }
}
