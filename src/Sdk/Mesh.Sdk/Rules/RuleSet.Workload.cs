using Mesh.Sdk.Rules.Lifecycle;

namespace Mesh.Sdk.Rules;

internal static partial class MeshRuleEngine
{
    static partial void AddWorkloadRules(List<IMeshRule> rules)
    {
        rules.Add(new MissingPreStopDelayRule());
        rules.Add(new InvalidPreStopSleepRule());
        rules.Add(new ShutdownBudgetExceedsGraceRule());
        rules.Add(new LegacySidecarExitsEarlyRule());
        rules.Add(new OnlyDrainDurationRaisedRule());
        rules.Add(new ExitOnZeroSemanticsRule());
        rules.Add(new ShellPreStopOnProxyRule());
        rules.Add(new ProxyLifecycleOverrideRule());
        rules.Add(new LegacyKnobUnderNativeSidecarRule());
    }
}
