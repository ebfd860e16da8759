using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Install.V1Alpha1;

namespace Mesh.Sdk.Rules.Startup;

/// <summary>
/// MESH022: <c>values.global.proxy.holdApplicationUntilProxyStarts</c> is deprecated in favour of the
/// ProxyConfig field (I10 values_types.proto). Reported at each IstioOperator's proxy values object.
/// </summary>
internal sealed class DeprecatedHoldValueRule : IMeshRule
{
    public MeshRule Rule => MeshRules.DeprecatedHoldValue;

    public void Check(RuleContext context)
    {
        foreach (var op in context.OfType<IstioOperator>())
        {
#pragma warning disable CS0618 // reading the deprecated field is the point
            if (op.Spec?.Values?.Global?.Proxy is { HoldApplicationUntilProxyStarts: not null } proxy)
#pragma warning restore CS0618
                context.Report(Rule, proxy, RuleContext.Describe(op));
        }
    }
}
