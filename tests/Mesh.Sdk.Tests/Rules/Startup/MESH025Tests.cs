using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Batch.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Istio;
using Mesh.Sdk.Rules.Startup;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules.Startup;

public sealed class MESH025Tests
{
    private static readonly JobWithLegacySidecarRule Rule = new();
    private static readonly TargetVersions Legacy = Targets("1.30", "1.26");

    private static Job Job(PodSpec spec, TemplateMetadata? metadata = null) => new()
    {
        Metadata = new() { Name = "migrate", Namespace = "shop" },
        Spec = new() { Template = new() { Metadata = metadata ?? new(), Spec = spec } },
    };

    [Test]
    public void A_job_in_an_injected_namespace_with_legacy_sidecars_is_reported_at_the_pod_spec()
    {
        var spec = new PodSpec { Containers = [App("migrate")], RestartPolicy = RestartPolicy.Never }; var at = Here();

        AssertFinding(Single(Check(Rule, Legacy, InjectedNamespace(), Job(spec))), MeshRules.JobWithLegacySidecar, MeshSeverity.Warning,
            "Job shop/migrate: the legacy sidecar keeps the pod running", at);
    }

    [Test]
    public void A_cron_job_is_reported_too()
    {
        var cron = new CronJob
        {
            Metadata = new() { Name = "nightly", Namespace = "shop" },
            Spec = new() { Schedule = "@daily", JobTemplate = new() { Spec = new() { Template = new() { Spec = new() { Containers = [App("nightly")] } } } } },
        };
        Assert.That(Single(Check(Rule, Legacy, InjectedNamespace(), cron)).Message, Does.StartWith("CronJob shop/nightly"));
    }

    [Test]
    public void A_job_with_native_sidecars_is_fine()
    {
        None(Check(Rule, Legacy, InjectedNamespace(), Job(new PodSpec { Containers = [App("migrate")] }, new TemplateMetadata().UseNativeSidecar(true))));
    }

    [Test]
    public void A_job_opted_out_of_injection_is_fine()
    {
        None(Check(Rule, Legacy, InjectedNamespace(), Job(new PodSpec { Containers = [App("migrate")] }, new TemplateMetadata().InjectSidecar(false))));
    }

    [Test]
    public void A_deployment_is_not_a_job()
    {
        None(Check(Rule, Legacy, InjectedNamespace(), Deployment(App())));
    }
}
