using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Policy.V1;

namespace Mesh.Sdk.Rules;

/// <summary>
/// MESH053: a PodDisruptionBudget that never allows a voluntary eviction, so node drains block:
/// <c>maxUnavailable</c> 0 (or 0%), <c>minAvailable</c> 100%, or <c>minAvailable</c> (percentages
/// rounded up, as the disruption controller does) not below the pods of the Deployments and
/// StatefulSets it selects, counted at their HPA <c>minReplicas</c> when autoscaled (K5).
/// Reported at the PDB's <c>spec</c>.
/// </summary>
internal sealed class PdbBlocksEvictionsRule : IMeshRule
{
    public MeshRule Rule => MeshRules.PdbBlocksEvictions;

    public void Check(RuleContext context)
    {
        foreach (var pdb in context.OfType<PodDisruptionBudget>())
        {
            if (pdb.Spec is not { } spec) continue;
            if (Problem(context, pdb, spec) is { } problem)
                context.Report(Rule, spec, RuleContext.Describe(pdb), problem);
        }
    }

    private static string? Problem(RuleContext context, PodDisruptionBudget pdb, PodDisruptionBudgetSpec spec)
    {
        if (spec.MaxUnavailable is { } maxUnavailable)
        {
            return maxUnavailable.IsString ? maxUnavailable.PercentValue == 0 ? "maxUnavailable is 0%" : null
                : maxUnavailable.IntValue == 0 ? "maxUnavailable is 0" : null;
        }
        if (spec.MinAvailable is not { } minAvailable) return null;
        if (minAvailable.PercentValue is >= 100) return $"minAvailable is {minAvailable}";

        // An absolute or partial minAvailable blocks when it covers every pod the budget selects.
        if (spec.Selector is not { MatchLabels: not null, MatchExpressions: not null } selector) return null; // policy/v1: a null selector selects no pods
        var selected = ScaledWorkloads.SelectedBy(context, pdb, selector);
        var pods = selected.Sum(w => w.MinimumReplicas);
        if (pods <= 0) return null;
        int required;
        if (minAvailable.PercentValue is { } percent) required = (int)Math.Ceiling(percent * pods / 100.0);
        else if (!minAvailable.IsString) required = minAvailable.IntValue;
        else return null;
        if (required < pods) return null;
        var what = minAvailable.IsString ? $"minAvailable {minAvailable} (rounded up to {required})" : $"minAvailable {required}";
        return $"{what} is not below the {string.Join(" and ", selected.Select(w => w.DescribeReplicas()))}";
    }
}
