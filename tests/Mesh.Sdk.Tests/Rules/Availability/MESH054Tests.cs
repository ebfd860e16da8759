using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Tetrate.Install.V1Alpha1;
using static Mesh.Sdk.Tests.Rules.TrafficRuleKit;

namespace Mesh.Sdk.Tests.Rules;

public sealed class MESH054Tests
{
    private static readonly GatewaySingleReplicaRule Rule = new();

    private static Deployment Gateway(DeploymentSpec? spec = null, string istioLabel = "ingressgateway")
    {
        spec ??= new()
        {
            Selector = new() { MatchLabels = { ["app"] = "istio-ingressgateway" } },
            Template = new() { Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] } },
        };
        spec.Template.Metadata.Labels["app"] = "istio-ingressgateway";
        spec.Template.Metadata.Labels[IstioLabels.Istio] = istioLabel;
        return new() { Metadata = new() { Name = "istio-ingressgateway", Namespace = "istio-ingress" }, Spec = spec };
    }

    private static DeploymentSpec Spec(int? replicas) => new()
    {
        Replicas = replicas,
        Selector = new() { MatchLabels = { ["app"] = "istio-ingressgateway" } },
        Template = new() { Spec = new() { Containers = [new() { Name = "istio-proxy", Image = "auto" }] } },
    };

    private static HorizontalPodAutoscaler Hpa(HorizontalPodAutoscalerSpec spec) => new()
    {
        Metadata = new() { Name = "istio-ingressgateway", Namespace = "istio-ingress" },
        Spec = spec,
    };

    private static HorizontalPodAutoscalerSpec HpaSpec(int? minReplicas) => new()
    {
        ScaleTargetRef = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "istio-ingressgateway" },
        MinReplicas = minReplicas,
        MaxReplicas = 5,
    };

    [Test]
    public void A_gateway_with_1_replica_and_no_HPA_is_reported_at_the_deployment_spec()
    {
        var spec = Spec(1);

        var d = Single(Run(Rule, Gateway(spec)), "MESH054", spec);

        Assert.That(d.Severity, Is.EqualTo(MeshSeverity.Warning));
        Assert.That(d.Message, Does.StartWith("Deployment istio-ingress/istio-ingressgateway: the gateway runs as few as 1 pod (replicas 1), so every rollout or node drain drops edge traffic"));
    }

    [Test]
    public void Unset_replicas_mean_1()
    {
        var spec = Spec(null);

        var d = Single(Run(Rule, Gateway(spec)), "MESH054", spec);

        Assert.That(d.Message, Does.Contain("as few as 1 pod (replicas unset)"));
    }

    [Test]
    public void An_HPA_with_minReplicas_1_is_reported_at_the_HPA_spec()
    {
        var hpa = HpaSpec(1);

        var d = Single(Run(Rule, Gateway(Spec(3)), Hpa(hpa)), "MESH054", hpa);

        Assert.That(d.Message, Does.Contain("as few as 1 pod (HPA minReplicas 1)"));
    }

    [Test]
    public void An_HPA_without_minReplicas_is_reported()
    {
        var hpa = HpaSpec(null);

        var d = Single(Run(Rule, Gateway(Spec(3)), Hpa(hpa)), "MESH054", hpa);

        Assert.That(d.Message, Does.Contain("(HPA minReplicas unset)"));
    }

    [Test]
    public void An_egress_gateway_is_checked_too()
    {
        var spec = Spec(1);

        Single(Run(Rule, Gateway(spec, istioLabel: "egressgateway")), "MESH054", spec);
    }

    [Test]
    public void An_HPA_with_minReplicas_2_is_compliant()
    {
        Assert.That(Run(Rule, Gateway(Spec(1)), Hpa(HpaSpec(2))), Is.Empty);
    }

    [Test]
    public void Three_replicas_are_compliant()
    {
        Assert.That(Run(Rule, Gateway(Spec(3))), Is.Empty);
    }

    [Test]
    public void A_single_replica_app_is_not_a_gateway_and_is_compliant()
    {
        var app = new Deployment
        {
            Metadata = new() { Name = "web", Namespace = "shop" },
            Spec = new()
            {
                Replicas = 1,
                Selector = new() { MatchLabels = { ["app"] = "web" } },
                Template = new() { Metadata = new() { Labels = { ["app"] = "web" } }, Spec = new() { Containers = [new() { Name = "web", Image = "web:1" }] } },
            },
        };

        Assert.That(Run(Rule, app), Is.Empty);
    }

    [Test]
    public void A_TSB_gateway_hpaSpec_with_minReplicas_1_is_reported_at_the_hpaSpec()
    {
        var hpa = new ComponentHpaSpec { MinReplicas = 1, MaxReplicas = 5 };
        var gateway = new IngressGateway
        {
            Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" },
            Spec = new() { KubeSpec = new() { Deployment = new() { HpaSpec = hpa } } },
        };

        var d = Single(Run(Rule, gateway), "MESH054", hpa);

        Assert.That(d.Message, Does.StartWith("IngressGateway bookinfo/bookinfo-gw: the gateway runs as few as 1 pod (kubeSpec.deployment.hpaSpec.minReplicas 1)"));
    }

    [Test]
    public void A_TSB_gateway_replicaCount_1_is_reported_at_the_deployment_settings()
    {
        var deployment = new ComponentDeployment { ReplicaCount = 1 };
        var gateway = new Tier1Gateway { Metadata = new() { Name = "tier1", Namespace = "tier1" }, Spec = new() { KubeSpec = new() { Deployment = deployment } } };

        Single(Run(Rule, gateway), "MESH054", deployment);
    }

    [Test]
    public void A_TSB_gateway_without_replica_settings_uses_the_unverified_operator_default_and_is_not_reported()
    {
        var gateway = new IngressGateway { Metadata = new() { Name = "bookinfo-gw", Namespace = "bookinfo" }, Spec = new() };

        Assert.That(Run(Rule, gateway), Is.Empty);
    }
}
