using Mesh.Sdk.Rules.Availability;
using Mesh.Sdk.Rules.Gateway;
using Mesh.Sdk.Rules.Traffic;

namespace Mesh.Sdk.Rules;

internal static partial class MeshRuleEngine
{
    /// <summary>MESH030-MESH060: gateway, traffic, autoscaling and availability rules, one class per file.</summary>
    static partial void AddTrafficAndScalingRules(List<IMeshRule> rules)
    {
        rules.Add(new TsbDrainExceedsGraceRule());
        rules.Add(new TsbDuplicateOverlayRule());
        rules.Add(new WarmupIgnoredRule());
        rules.Add(new InvalidWarmupRule());
        rules.Add(new PdbBlocksEvictionsRule());
        rules.Add(new RetriesDisabledRule());
    }
}
