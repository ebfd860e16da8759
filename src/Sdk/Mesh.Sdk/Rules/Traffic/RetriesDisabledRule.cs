using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio.Networking.V1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH060: a VirtualService HTTP route with <c>retries.attempts: 0</c>, which turns off Istio's
/// default retries (2 attempts on connect-failure, refused-stream, unavailable, cancelled,
/// retriable-status-codes) that hide resets from terminating endpoints during rollouts. Since Istio
/// 1.24 the default's retriable status codes are empty: HTTP 503 is no longer retried
/// (<c>EXCLUDE_UNSAFE_503_FROM_DEFAULT_RETRY</c>, istio#52111), so the rule stays Info. Reported
/// at the <see cref="HttpRetry"/>. (Gateway API HTTPRoute <c>retry</c> is experimental and not in
/// the typed model yet.)
/// </summary>
internal sealed class RetriesDisabledRule : IMeshRule
{
    public MeshRule Rule => MeshRules.RetriesDisabled;

    public void Check(RuleContext context)
    {
        foreach (var service in context.OfType<VirtualService>())
        {
            foreach (var route in service.Spec?.Http ?? [])
            {
                if (route?.Retries is { Attempts: 0 } retry)
                    context.Report(Rule, retry, RuleContext.Describe(service));
            }
        }
    }
}
