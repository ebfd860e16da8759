using Mesh.Sdk.Rules.Config;
using Mesh.Sdk.Rules.Lifecycle;
using Mesh.Sdk.Rules.Startup;

namespace Mesh.Sdk.Rules;

internal static partial class MeshRuleEngine
{
    static partial void AddWorkloadRules(List<IMeshRule> rules)
    {
        rules.Add(new InvalidProxyConfigAnnotationRule());
        rules.Add(new DrainDurationNotWholeSecondsRule());
        rules.Add(new UnknownIstioKeyRule());
        rules.Add(new MissingPreStopDelayRule());
        rules.Add(new InvalidPreStopSleepRule());
        rules.Add(new ShutdownBudgetExceedsGraceRule());
        rules.Add(new LegacySidecarExitsEarlyRule());
        rules.Add(new OnlyDrainDurationRaisedRule());
        rules.Add(new ExitOnZeroSemanticsRule());
        rules.Add(new ShellPreStopOnProxyRule());
        rules.Add(new ProxyLifecycleOverrideRule());
        rules.Add(new LegacyKnobUnderNativeSidecarRule());
        rules.Add(new NoStartOrderingRule());
        rules.Add(new InitContainersInLegacyPodRule());
        rules.Add(new DeprecatedHoldValueRule());
        rules.Add(new NativeSidecarUnsupportedRule());
        rules.Add(new NativeSidecarStartupProbeDisabledRule());
        rules.Add(new JobWithLegacySidecarRule());
    }
}
