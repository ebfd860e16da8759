using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Install.V1Alpha1;
using Mesh.Sdk.Rules.Startup;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH022Tests
{
    private static readonly DeprecatedHoldValueRule Rule = new();

    [Test]
    public void The_values_hold_flag_is_info_at_the_proxy_values()
    {
#pragma warning disable CS0618
        var proxy = new ProxyValues { HoldApplicationUntilProxyStarts = true }; var at = Here();
#pragma warning restore CS0618
        var op = new IstioOperator { Metadata = new() { Name = "mesh", Namespace = "istio-system" }, Spec = new() { Values = new() { Global = new() { Proxy = proxy } } } };

        AssertFinding(Single(Check(Rule, op)), MeshRules.DeprecatedHoldValue, MeshSeverity.Info,
            "IstioOperator istio-system/mesh: values.global.proxy.holdApplicationUntilProxyStarts is deprecated", at);
    }

    [Test]
    public void Hold_in_the_mesh_ProxyConfig_is_fine()
    {
        var op = new IstioOperator { Metadata = new() { Name = "mesh" }, Spec = new() { MeshConfig = new() { DefaultConfig = new() { HoldApplicationUntilProxyStarts = true } }, Values = new() { Global = new() { Proxy = new() } } } };
        None(Check(Rule, op));
    }
}
