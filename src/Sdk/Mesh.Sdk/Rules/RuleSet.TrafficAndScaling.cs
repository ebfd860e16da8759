namespace Mesh.Sdk.Rules;

internal static partial class MeshRuleEngine
{
    /// <summary>
    /// MESH030-MESH060: gateway, traffic, autoscaling and availability rules, one class per file under
    /// Rules/Gateway, Traffic, Autoscaling and Availability. They share this namespace: a
    /// <c>Mesh.Sdk.Rules.Gateway</c> namespace would hide the Istio and Gateway API <c>Gateway</c> types
    /// from every other rule.
    /// </summary>
    static partial void AddTrafficAndScalingRules(List<IMeshRule> rules)
    {
        rules.Add(new GatewayTopologyOnNonGatewayRule());
        rules.Add(new AlwaysForwardXfccOnEdgeRule());
        rules.Add(new TsbDrainExceedsGraceRule());
        rules.Add(new TsbDuplicateOverlayRule());
        rules.Add(new WarmupIgnoredRule());
        rules.Add(new InvalidWarmupRule());
        rules.Add(new HpaResourceMetricWithSidecarRule());
        rules.Add(new PartialProxyResourcesRule());
        rules.Add(new ContainerResourceUnknownContainerRule());
        rules.Add(new PdbBlocksEvictionsRule());
        rules.Add(new GatewaySingleReplicaRule());
        rules.Add(new RetriesDisabledRule());
    }
}
