using System.Runtime.CompilerServices;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Rules.Facts;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>Runs build-time rules and facts over objects written in the test, as a definition would.</summary>
internal static class RuleTestKit
{
    /// <summary>Kubernetes 1.35, Istio 1.30, as when no MSBuild property is set.</summary>
    public static readonly TargetVersions Current = TargetVersions.Default;

    public static TargetVersions Targets(string kubernetes, string istio) =>
        new(Version.Parse(kubernetes), Version.Parse(istio), IsDefault: false);

    /// <summary>Runs one rule over <paramref name="objects"/>.</summary>
    public static IReadOnlyList<MeshDiagnostic> Check(IMeshRule rule, TargetVersions targets, params KubernetesObject[] objects) =>
        MeshRuleEngine.Check(objects, targets, [rule]);

    /// <summary>Runs one rule at the default targets.</summary>
    public static IReadOnlyList<MeshDiagnostic> Check(IMeshRule rule, params KubernetesObject[] objects) => Check(rule, Current, objects);

    /// <summary>The facts of every workload among <paramref name="objects"/>.</summary>
    public static IReadOnlyList<WorkloadFacts> Workloads(TargetVersions targets, params KubernetesObject[] objects) =>
        new RuleContext(objects, targets, []).Workloads();

    /// <summary>The facts of the single workload among <paramref name="objects"/>.</summary>
    public static WorkloadFacts Workload(TargetVersions targets, params KubernetesObject[] objects)
    {
        var all = Workloads(targets, objects);
        Assert.That(all, Has.Count.EqualTo(1), "one workload");
        return all[0];
    }

    /// <inheritdoc cref="Workload(TargetVersions, KubernetesObject[])"/>
    public static WorkloadFacts Workload(params KubernetesObject[] objects) => Workload(Current, objects);

    /// <summary>The source location of the line that calls this (to compare with a finding's location).</summary>
    public static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => new(file, line);

    /// <summary>A namespace labelled <c>istio-injection=enabled</c>.</summary>
    public static Namespace InjectedNamespace(string name = "shop") =>
        new() { Metadata = new() { Name = name, Labels = { ["istio-injection"] = "enabled" } } };

    /// <summary>A Deployment "shop/web" with <paramref name="template"/> (labels app=web are added).</summary>
    public static Deployment Deployment(PodTemplateSpec template, string name = "web", string? ns = "shop")
    {
        template.Metadata.Labels.TryAdd("app", name);
        return new Deployment
        {
            Metadata = new() { Name = name, Namespace = ns },
            Spec = new()
            {
                Selector = new() { MatchLabels = { ["app"] = name } },
                Template = template,
            },
        };
    }

    /// <summary>A Deployment "shop/web" whose one container is <paramref name="app"/>.</summary>
    public static Deployment Deployment(Container app, TemplateMetadata? metadata = null, long? grace = null, string name = "web") =>
        Deployment(new PodTemplateSpec
        {
            Metadata = metadata ?? new TemplateMetadata(),
            Spec = new() { Containers = [app], TerminationGracePeriodSeconds = grace },
        }, name);

    /// <summary>A Deployment "shop/web" running <paramref name="spec"/>.</summary>
    public static Deployment Deployment(PodSpec spec, TemplateMetadata? metadata = null, string name = "web") =>
        Deployment(new PodTemplateSpec { Metadata = metadata ?? new TemplateMetadata(), Spec = spec }, name);

    /// <summary>A Service "shop/web" selecting app=<paramref name="app"/>.</summary>
    public static Service ServiceFor(string app = "web", string? ns = "shop") =>
        new() { Metadata = new() { Name = app, Namespace = ns }, Spec = new() { Selector = { ["app"] = app }, Ports = [new() { Port = 80 }] } };

    /// <summary>The one finding; fails with the list otherwise.</summary>
    public static MeshDiagnostic Single(IReadOnlyList<MeshDiagnostic> findings)
    {
        Assert.That(findings, Has.Count.EqualTo(1), string.Join("\n", findings));
        return findings[0];
    }

    /// <summary>Asserts there is no finding, listing them otherwise.</summary>
    public static void None(IReadOnlyList<MeshDiagnostic> findings) =>
        Assert.That(findings, Is.Empty, string.Join("\n", findings));

    /// <summary>Asserts the finding's id, severity, a fragment of its message and its location.</summary>
    public static void AssertFinding(MeshDiagnostic finding, MeshRule rule, MeshSeverity severity, string fragment, SourceLocation at)
    {
        Assert.That(finding.Rule.Id, Is.EqualTo(rule.Id));
        Assert.That(finding.Severity, Is.EqualTo(severity));
        Assert.That(finding.Message, Does.Contain(fragment));
        Assert.That(finding.Message, Does.Not.Match(@"\{\d+\}"), "every format argument is filled");
        Assert.That(finding.Location, Is.EqualTo(at));
    }

    /// <summary>A plain app container.</summary>
    public static Container App(string name = "web") => new() { Name = name, Image = "ghcr.io/acme/web:1" };

    /// <summary>An app container with a preStop sleep action.</summary>
    public static Container AppWithSleep(long seconds, string name = "web") => new()
    {
        Name = name,
        Image = "ghcr.io/acme/web:1",
        Lifecycle = new() { PreStop = new() { Sleep = new() { Seconds = seconds } } },
    };
}
