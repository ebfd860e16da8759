using System.Diagnostics;
using System.Globalization;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Rules;

/// <summary>
/// The build-time side of the MESH catalogue (MESH001-MESH060): every rule evaluated on the fully
/// built objects of every definition of the project, reported at the C# line that created the
/// offending object (<see cref="ModelObject.Origin"/>).
/// </summary>
internal static partial class MeshRuleEngine
{
    /// <summary>Every build-time rule, one instance each, in id order.</summary>
    public static IReadOnlyList<IMeshRule> Rules { get; } = CreateRules();

    private static List<IMeshRule> CreateRules()
    {
        var rules = new List<IMeshRule>();
        AddWorkloadRules(rules);
        AddTrafficAndScalingRules(rules);
        rules.Sort((a, b) => string.CompareOrdinal(a.Rule.Id, b.Rule.Id));
        return rules;
    }

    /// <summary>MESH001-MESH025 (config, lifecycle, startup): RuleSet.Workload.cs.</summary>
    static partial void AddWorkloadRules(List<IMeshRule> rules);

    /// <summary>MESH030-MESH060 (gateway, traffic, autoscaling, availability): RuleSet.TrafficAndScaling.cs.</summary>
    static partial void AddTrafficAndScalingRules(List<IMeshRule> rules);

    /// <summary>Runs every rule over all objects the project's definitions built.</summary>
    public static IReadOnlyList<MeshDiagnostic> Check(IReadOnlyList<KubernetesObject> objects, TargetVersions targets) =>
        Check(objects, targets, Rules);

    /// <summary>Runs <paramref name="rules"/> (tests pass one rule).</summary>
    internal static IReadOnlyList<MeshDiagnostic> Check(IReadOnlyList<KubernetesObject> objects, TargetVersions targets, IEnumerable<IMeshRule> rules)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(targets);
        var diagnostics = new List<MeshDiagnostic>();
        var context = new RuleContext(objects, targets, diagnostics);
        var timing = Hosting.PhaseTiming.Enabled ? Stopwatch.StartNew() : null;
        foreach (var rule in rules)
        {
            try
            {
                rule.Check(context);
                if (timing is not null)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mesh-timing   rule {rule.Rule.Id} {timing.Elapsed.TotalMilliseconds:F1} ms"));
                    timing.Restart();
                }
            }
            catch (Exception e)
            {
                // A rule bug must not fail the user's build: say so, as a warning, and go on.
                diagnostics.Add(MeshDiagnostic.Create(MeshRules.RunnerFailed, SourceLocation.None, $"rule {rule.Rule.Id}",
                    $"the rule threw {e.GetType().Name}: {e.Message}; its findings are missing from this build (please report this)") with { Severity = MeshSeverity.Warning });
            }
        }
        return diagnostics;
    }
}
