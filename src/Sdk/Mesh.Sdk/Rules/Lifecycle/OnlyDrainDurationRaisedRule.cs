using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Rules.Lifecycle;

/// <summary>
/// MESH014: <c>drainDuration</c> set explicitly and longer than <c>terminationDrainDuration</c>, for a
/// legacy sidecar without EXIT_ON_ZERO_ACTIVE_CONNECTIONS: it only sets Envoy's <c>--drain-time-s</c>; the
/// agent still stops Envoy after terminationDrainDuration (I2; TSB ≤1.4 docs advised it, T1). Judged for
/// the mesh defaults (IstioOperator, TSB overlay) and for every injected workload; reported once at the
/// setting's subject (the ProxyConfig, the annotated metadata or the overlay patch).
/// </summary>
internal sealed class OnlyDrainDurationRaisedRule : IMeshRule
{
    public MeshRule Rule => MeshRules.OnlyDrainDurationRaised;

    public void Check(RuleContext context)
    {
        var facts = context.Facts();
        var reported = new HashSet<ModelObject>(ReferenceEqualityComparer.Instance);

        var mesh = facts.MeshDefaults;
        if (mesh.DrainDuration is { } meshDrain && !facts.NativeByDefault(out _) && mesh.ExitOnZeroActiveConnections?.Value != true)
        {
            var tdd = mesh.TerminationDrainDuration?.Value ?? WorkloadFacts.DefaultTerminationDrain;
            if (meshDrain.Value > tdd && reported.Add(meshDrain.Subject))
                context.Report(Rule, meshDrain.Subject, facts.Describe(meshDrain.Subject, "the mesh"), meshDrain.Value, tdd);
        }

        foreach (var w in context.Workloads())
        {
            if (!w.Injected || w.Native || w.ExitOnZero || w.Proxy.DrainDuration is not { } drain) continue;
            if (drain.Value <= w.TerminationDrain || !reported.Add(drain.Subject)) continue;
            var subject = drain.Source == ProxySettingSource.PodAnnotation ? w.ToString() : facts.Describe(drain.Subject, w.ToString());
            context.Report(Rule, drain.Subject, subject, drain.Value, w.TerminationDrain);
        }
    }
}
