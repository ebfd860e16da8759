// Shared source: compiled into Mesh.Sdk (build-time engine), Mesh.Sdk.Tasks and
// Mesh.Sdk.Analyzers, so every surface uses one id, title, severity and help link per rule.
// Keep it netstandard2.0-compatible C# (no records, no newer BCL APIs).
#nullable enable
using System.Collections.Generic;

namespace Mesh.Sdk.Diagnostics
{
    /// <summary>Default severity of a Mesh.Sdk diagnostic.</summary>
    internal enum MeshSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>One rule's identity: defined once, used by the analyzers, the build engine and the docs.</summary>
    internal sealed class MeshRule
    {
        public MeshRule(string id, string title, string messageFormat, MeshSeverity severity, string category)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Severity = severity;
            Category = category;
        }

        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format string ({0}, {1}...) with the fix hint at its end.</summary>
        public string MessageFormat { get; }

        public MeshSeverity Severity { get; }

        public string Category { get; }

        public string HelpUri => MeshRules.HelpUriBase + Id + ".md";
    }

    /// <summary>
    /// The catalogue. MESH1xxx: invalid model objects. MESH2xxx: definitions and the build step.
    /// Every id has its page at docs/rules/&lt;id&gt;.md.
    /// </summary>
    internal static class MeshRules
    {
        public const string HelpUriBase = "https://github.com/mesh-sdk/Mesh.Sdk/blob/main/docs/rules/";

        public const string ModelCategory = "Mesh.Model";
        public const string BuildCategory = "Mesh.Build";

        public static readonly MeshRule InvalidName = new MeshRule(
            "MESH1001", "Invalid object name",
            "{0} name '{1}' is invalid: {2}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidNamespace = new MeshRule(
            "MESH1002", "Invalid namespace name",
            "{0} namespace '{1}' is invalid: {2}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidLabelOrAnnotation = new MeshRule(
            "MESH1003", "Invalid label or annotation",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule PortOutOfRange = new MeshRule(
            "MESH1004", "Port out of range",
            "{0}: {1} {2} is out of range; use a port from 1 to 65535", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule DuplicateObject = new MeshRule(
            "MESH1005", "Duplicate object",
            "{0} is defined more than once (also at {1}); the second would overwrite the first when applied. Rename one or remove the duplicate", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule SelectorMismatch = new MeshRule(
            "MESH1006", "Selector does not match the pod template",
            "{0}: spec.selector {1} does not match the pod template's labels {2}; the API server rejects it. Add the selector's labels to spec.template.metadata.labels", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidContainer = new MeshRule(
            "MESH1007", "Invalid container",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule InvalidSpec = new MeshRule(
            "MESH1008", "Invalid field value",
            "{0}: {1}", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule MissingRequired = new MeshRule(
            "MESH1009", "Required field missing",
            "{0}: {1} is required; set it in the object initializer", MeshSeverity.Error, ModelCategory);

        public static readonly MeshRule DefinitionThrew = new MeshRule(
            "MESH2001", "Definition threw an exception",
            "Definition '{0}' threw {1}: {2}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule DuplicateDefinitionName = new MeshRule(
            "MESH2002", "Two definitions write the same file",
            "Definitions {0} and {1} are both named '{2}' and would write the same file; give one of them another name with [Manifest(\"...\")]", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule ManifestDrift = new MeshRule(
            "MESH2003", "Committed manifest differs from the build",
            "{0} {1}; run 'dotnet build' without MeshVerifyManifests and commit the result", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule NoDefinitions = new MeshRule(
            "MESH2004", "No manifest definitions",
            "Project '{0}' has no [Manifest] definitions, so no manifests are written; add a class deriving from ManifestDefinition with [Manifest], or set MeshEmitManifests=false", MeshSeverity.Warning, BuildCategory);

        public static readonly MeshRule OutputFailed = new MeshRule(
            "MESH2005", "Manifests could not be written",
            "Could not write the manifests to '{0}': {1}. No manifest was changed", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule RunnerFailed = new MeshRule(
            "MESH2006", "The emit step could not run the definitions",
            "Could not run the definitions in '{0}': {1}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule InvalidDefinition = new MeshRule(
            "MESH2007", "Invalid manifest definition",
            "[Manifest] class '{0}' {1}", MeshSeverity.Error, BuildCategory);

        public static readonly MeshRule EmptyDefinition = new MeshRule(
            "MESH2008", "Definition returned no objects",
            "Definition '{0}' returned no objects, so no file is written for it; return at least one object or remove the [Manifest] attribute", MeshSeverity.Warning, BuildCategory);

        public static readonly MeshRule InvalidEnvironments = new MeshRule(
            "MESH2009", "Invalid MeshEnvironments setting",
            "MeshEnvironments {0}; {1}", MeshSeverity.Error, BuildCategory);

        public const string CrdCategory = "Mesh.Crd";

        public static readonly MeshRule CrdInvalidYaml = new MeshRule(
            "MESH2010", "CRD file is not valid YAML",
            "'{0}' is not valid YAML: {1}. No types are generated from this file; fix the YAML", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdNotACrd = new MeshRule(
            "MESH2011", "Document is not a CustomResourceDefinition",
            "Document {0} of '{1}' is {2}, not an apiextensions.k8s.io CustomResourceDefinition, and is skipped; list only CRD files in MeshCrd items", MeshSeverity.Warning, CrdCategory);

        public static readonly MeshRule CrdInvalid = new MeshRule(
            "MESH2012", "Invalid CustomResourceDefinition",
            "CustomResourceDefinition '{0}': {1}; no types are generated for it", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdMissingSchema = new MeshRule(
            "MESH2013", "CRD version has no openAPIV3Schema",
            "CustomResourceDefinition '{0}' version '{1}' has no openAPIV3Schema, so no type can be generated for it; add schema.openAPIV3Schema to the version", MeshSeverity.Error, CrdCategory);

        public static readonly MeshRule CrdUnsupportedSchema = new MeshRule(
            "MESH2014", "Unsupported CRD schema construct",
            "CustomResourceDefinition '{0}' version '{1}' at '{2}': {3}; the field is generated as {4}", MeshSeverity.Warning, CrdCategory);

        public static readonly MeshRule CrdDuplicateType = new MeshRule(
            "MESH2015", "Two CRDs generate the same type",
            "CustomResourceDefinition '{0}' would generate '{1}', which '{2}' already generates; no types are generated for '{0}' version '{3}'. Remove the duplicate CRD or give one file another Namespace", MeshSeverity.Error, CrdCategory);


        public const string ConfigCategory = "Mesh.Config";
        public const string LifecycleCategory = "Mesh.Lifecycle";
        public const string StartupCategory = "Mesh.Startup";
        public const string GatewayCategory = "Mesh.Gateway";
        public const string TrafficCategory = "Mesh.Traffic";
        public const string AutoscalingCategory = "Mesh.Autoscaling";
        public const string AvailabilityCategory = "Mesh.Availability";

        // The mesh catalogue (MESH001-MESH060, ../shared/domain.md Part A). Message arguments: {0} is
        // always the subject ("Deployment shop/checkout"); the text ends with the fix. Rules whose
        // severity depends on the case (MESH003, 015, 016, 020, 023, 041) are reported with the
        // severity of the case; the default below is the one editorconfig overrides start from.

        public static readonly MeshRule InvalidProxyConfigAnnotation = new MeshRule(
            "MESH001", "Invalid proxy.istio.io/config annotation",
            "{0}: proxy.istio.io/config {1}; Istio drops unknown keys silently and rejects the pod when the value does not parse (IST0125). Write it with SetProxyConfig and a typed ProxyConfig", MeshSeverity.Error, ConfigCategory);

        public static readonly MeshRule DrainDurationNotWholeSeconds = new MeshRule(
            "MESH002", "drainDuration is not whole seconds",
            "{0}: drainDuration {1} is {2}; Istio requires whole seconds of at least 1s and rejects the pod otherwise. Use {3}", MeshSeverity.Error, ConfigCategory);

        public static readonly MeshRule UnknownIstioKey = new MeshRule(
            "MESH003", "Unknown or deprecated Istio annotation or label",
            "{0}: {1} '{2}' {3}", MeshSeverity.Warning, ConfigCategory);

        public static readonly MeshRule MissingPreStopDelay = new MeshRule(
            "MESH010", "Serving container has no preStop delay",
            "{0}: container '{1}' serves traffic but has no preStop delay, so it exits while endpoints and meshed clients still send it requests. Add Lifecycle.PreStop {2} of 5-15 seconds", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule InvalidPreStopSleep = new MeshRule(
            "MESH011", "preStop sleep action out of range or unsupported",
            "{0}: container '{1}' preStop sleep {2}; {3}", MeshSeverity.Error, LifecycleCategory);

        public static readonly MeshRule ShutdownBudgetExceedsGrace = new MeshRule(
            "MESH012", "Shutdown budget exceeds the grace period",
            "{0}: {1} ({2}s) is not less than terminationGracePeriodSeconds ({3}s), so the kubelet kills the pod mid-shutdown. Set TerminationGracePeriodSeconds to at least {4}", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule LegacySidecarExitsEarly = new MeshRule(
            "MESH013", "Legacy sidecar exits before the app finishes",
            "{0}: the app needs {1}s to stop (preStop + shutdown) but the legacy sidecar exits after terminationDrainDuration {2}s ({3}), so late outbound calls fail. Enable EXIT_ON_ZERO_ACTIVE_CONNECTIONS, use native sidecars, or set TerminationDrainDuration to at least {1}s", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule OnlyDrainDurationRaised = new MeshRule(
            "MESH014", "Only drainDuration raised to lengthen sidecar shutdown",
            "{0}: drainDuration {1} is longer than terminationDrainDuration {2}, but drainDuration only sets Envoy's --drain-time-s; the agent still stops Envoy after terminationDrainDuration. Set TerminationDrainDuration (or EXIT_ON_ZERO_ACTIVE_CONNECTIONS) instead", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule ExitOnZeroSemantics = new MeshRule(
            "MESH015", "EXIT_ON_ZERO_ACTIVE_CONNECTIONS semantics",
            "{0}: {1}", MeshSeverity.Info, LifecycleCategory);

        public static readonly MeshRule ShellPreStopOnProxy = new MeshRule(
            "MESH016", "Shell or netstat preStop on istio-proxy",
            "{0}: the istio-proxy preStop runs '{1}'{2}; it also replaces Istio's own hooks. Use EXIT_ON_ZERO_ACTIVE_CONNECTIONS or native sidecars instead", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule ProxyLifecycleOverride = new MeshRule(
            "MESH017", "Proxy lifecycle override removes Istio's own hooks",
            "{0}: {1} replaces the lifecycle Istio injects into istio-proxy, which drops {2}. Remove the override and use ProxyConfig settings", MeshSeverity.Warning, LifecycleCategory);

        public static readonly MeshRule LegacyKnobUnderNativeSidecar = new MeshRule(
            "MESH018", "Legacy-only setting has no effect with native sidecars",
            "{0}: {1} has no effect because the pod uses native sidecars ({2}); the kubelet stops the sidecar after the app. Remove it and budget the app's shutdown within the grace period", MeshSeverity.Info, LifecycleCategory);

        public static readonly MeshRule NoStartOrdering = new MeshRule(
            "MESH020", "Network-dependent app without start ordering",
            "{0}: {1} but the sidecar is not started first, so early outbound calls can fail. Set HoldApplicationUntilProxyStarts in the pod's ProxyConfig or use native sidecars", MeshSeverity.Warning, StartupCategory);

        public static readonly MeshRule InitContainersInLegacyPod = new MeshRule(
            "MESH021", "App init containers in a legacy-injected pod",
            "{0}: init container '{1}' runs before the legacy sidecar exists, so its traffic bypasses the mesh (no mTLS) or is blackholed with istio-cni. Use native sidecars (UseNativeSidecar(true)) or exclude its traffic", MeshSeverity.Warning, StartupCategory);

        public static readonly MeshRule DeprecatedHoldValue = new MeshRule(
            "MESH022", "holdApplicationUntilProxyStarts set via the deprecated values field",
            "{0}: values.global.proxy.holdApplicationUntilProxyStarts is deprecated; set MeshConfig.DefaultConfig.HoldApplicationUntilProxyStarts (or the per-pod ProxyConfig) instead", MeshSeverity.Info, StartupCategory);

        public static readonly MeshRule NativeSidecarUnsupported = new MeshRule(
            "MESH023", "Native sidecar requested where unsupported",
            "{0}: {1} is requested but {2}. Remove the opt-in or raise MeshKubernetesVersion/MeshIstioVersion", MeshSeverity.Error, StartupCategory);

        public static readonly MeshRule NativeSidecarStartupProbeDisabled = new MeshRule(
            "MESH024", "Native sidecar with the proxy startup probe disabled",
            "{0}: values.global.proxy.startupProbe.enabled is false while pods use native sidecars, so the app can start before the proxy is ready. Keep the startup probe enabled", MeshSeverity.Warning, StartupCategory);

        public static readonly MeshRule JobWithLegacySidecar = new MeshRule(
            "MESH025", "Job or CronJob with a legacy sidecar never completes",
            "{0}: the legacy sidecar keeps the pod running after the job's containers exit, so the Job never completes. Use native sidecars (UseNativeSidecar(true)) or InjectSidecar(false)", MeshSeverity.Warning, StartupCategory);

        public static readonly MeshRule GatewayTopologyOnNonGateway = new MeshRule(
            "MESH030", "gatewayTopology on a non-gateway workload",
            "{0}: gatewayTopology only affects gateways and is ignored on this workload. Move it to the gateway's pod template (or Gateway API spec.infrastructure)", MeshSeverity.Warning, GatewayCategory);

        public static readonly MeshRule AlwaysForwardXfccOnEdge = new MeshRule(
            "MESH031", "ALWAYS_FORWARD_ONLY client-cert forwarding on an edge gateway",
            "{0}: forwardClientCertDetails ALWAYS_FORWARD_ONLY on a gateway that receives external traffic ({1}) forwards client-supplied x-forwarded-client-cert headers, so any client can claim an identity. Use SANITIZE_SET (or APPEND_FORWARD for trusted mTLS clients)", MeshSeverity.Warning, GatewayCategory);

        public static readonly MeshRule TsbDrainExceedsGrace = new MeshRule(
            "MESH032", "TSB gateway connectionDrainDuration not shorter than the grace period",
            "{0}: connectionDrainDuration {1} is not shorter than the gateway pod's terminationGracePeriodSeconds ({2}s{3}), so the pod is killed mid-drain. Shorten the drain or raise the grace period with a Deployment overlay", MeshSeverity.Warning, GatewayCategory);

        public static readonly MeshRule TsbDuplicateOverlay = new MeshRule(
            "MESH033", "Two TSB overlays target the same object",
            "{0}: two kubeSpec overlays target {1}; only the last one is applied. Merge their patches into one overlay", MeshSeverity.Error, GatewayCategory);

        public static readonly MeshRule WarmupIgnored = new MeshRule(
            "MESH040", "Warmup ignored for the load-balancer type",
            "{0}: warmup is set but the load balancer is {1}; Istio applies slow start only to ROUND_ROBIN and LEAST_REQUEST. Use LEAST_REQUEST or remove the warmup", MeshSeverity.Warning, TrafficCategory);

        public static readonly MeshRule InvalidWarmup = new MeshRule(
            "MESH041", "Invalid or deprecated warmup configuration",
            "{0}: {1}", MeshSeverity.Error, TrafficCategory);

        public static readonly MeshRule HpaResourceMetricWithSidecar = new MeshRule(
            "MESH050", "HPA Resource metric on an injected workload",
            "{0}: a Resource metric for {1} averages the app and the istio-proxy sidecar together, so the sidecar skews scaling. Use a ContainerResource metric for container '{2}'{3}", MeshSeverity.Warning, AutoscalingCategory);

        public static readonly MeshRule PartialProxyResources = new MeshRule(
            "MESH051", "Partial proxy resource annotations drop the CPU request",
            "{0}: {1} is set without {2}, so the sidecar gets no {3} request and the HPA's {3} Resource metric cannot be computed. Set both proxy requests or use a ContainerResource metric", MeshSeverity.Warning, AutoscalingCategory);

        public static readonly MeshRule ContainerResourceUnknownContainer = new MeshRule(
            "MESH052", "ContainerResource names a container not in the pod template",
            "{0}: the ContainerResource metric names container '{1}', which {2} has no such container ({3}); pods without it are ignored. Use one of: {4}", MeshSeverity.Error, AutoscalingCategory);

        public static readonly MeshRule PdbBlocksEvictions = new MeshRule(
            "MESH053", "PodDisruptionBudget never allows an eviction",
            "{0}: {1}, so node drains block forever. Use MaxUnavailable = 1 with at least 2 replicas", MeshSeverity.Warning, AvailabilityCategory);

        public static readonly MeshRule GatewaySingleReplica = new MeshRule(
            "MESH054", "Ingress or egress gateway with fewer than 2 replicas",
            "{0}: the gateway runs {1}, so every rollout or node drain drops edge traffic. Run at least 2 replicas (HPA minReplicas 2) with a PodDisruptionBudget", MeshSeverity.Warning, AvailabilityCategory);

        public static readonly MeshRule RetriesDisabled = new MeshRule(
            "MESH060", "Retries disabled on an HTTP route",
            "{0}: retries.attempts is 0, which turns off Istio's default retries that hide resets from terminating endpoints during rollouts. Keep the default or set Attempts with a PerTryTimeout", MeshSeverity.Info, TrafficCategory);

        /// <summary>The mesh rules (MESH0nn), in id order.</summary>
        public static readonly IReadOnlyList<MeshRule> Mesh = new[]
        {
            InvalidProxyConfigAnnotation,
            DrainDurationNotWholeSeconds,
            UnknownIstioKey,
            MissingPreStopDelay,
            InvalidPreStopSleep,
            ShutdownBudgetExceedsGrace,
            LegacySidecarExitsEarly,
            OnlyDrainDurationRaised,
            ExitOnZeroSemantics,
            ShellPreStopOnProxy,
            ProxyLifecycleOverride,
            LegacyKnobUnderNativeSidecar,
            NoStartOrdering,
            InitContainersInLegacyPod,
            DeprecatedHoldValue,
            NativeSidecarUnsupported,
            NativeSidecarStartupProbeDisabled,
            JobWithLegacySidecar,
            GatewayTopologyOnNonGateway,
            AlwaysForwardXfccOnEdge,
            TsbDrainExceedsGrace,
            TsbDuplicateOverlay,
            WarmupIgnored,
            InvalidWarmup,
            HpaResourceMetricWithSidecar,
            PartialProxyResources,
            ContainerResourceUnknownContainer,
            PdbBlocksEvictions,
            GatewaySingleReplica,
            RetriesDisabled,
        };

        public static readonly IReadOnlyList<MeshRule> All = new[]
        {
            InvalidName, InvalidNamespace, InvalidLabelOrAnnotation, PortOutOfRange, DuplicateObject,
            SelectorMismatch, InvalidContainer, InvalidSpec, MissingRequired,
            DefinitionThrew, DuplicateDefinitionName, ManifestDrift, NoDefinitions, OutputFailed,
            RunnerFailed, InvalidDefinition, EmptyDefinition, InvalidEnvironments,
            CrdInvalidYaml, CrdNotACrd, CrdInvalid, CrdMissingSchema, CrdUnsupportedSchema, CrdDuplicateType,
            InvalidProxyConfigAnnotation,
            DrainDurationNotWholeSeconds,
            UnknownIstioKey,
            MissingPreStopDelay,
            InvalidPreStopSleep,
            ShutdownBudgetExceedsGrace,
            LegacySidecarExitsEarly,
            OnlyDrainDurationRaised,
            ExitOnZeroSemantics,
            ShellPreStopOnProxy,
            ProxyLifecycleOverride,
            LegacyKnobUnderNativeSidecar,
            NoStartOrdering,
            InitContainersInLegacyPod,
            DeprecatedHoldValue,
            NativeSidecarUnsupported,
            NativeSidecarStartupProbeDisabled,
            JobWithLegacySidecar,
            GatewayTopologyOnNonGateway,
            AlwaysForwardXfccOnEdge,
            TsbDrainExceedsGrace,
            TsbDuplicateOverlay,
            WarmupIgnored,
            InvalidWarmup,
            HpaResourceMetricWithSidecar,
            PartialProxyResources,
            ContainerResourceUnknownContainer,
            PdbBlocksEvictions,
            GatewaySingleReplica,
            RetriesDisabled,
        };
    }
}
