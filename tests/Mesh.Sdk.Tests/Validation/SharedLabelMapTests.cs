using System.Runtime.CompilerServices;
using Mesh.Sdk.Diagnostics;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Meta.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Validation;

namespace Mesh.Sdk.Tests.Validation;

/// <summary>
/// One label map is often shared by a Deployment's metadata, selector and pod template and by its
/// Service and HPA. Validation checks a valid map once per run; these tests pin that an invalid
/// map is still reported at every place it is used, at that place, as before.
/// </summary>
public sealed class SharedLabelMapTests
{
    private const string BadValue = "bad value!";

    private static KubernetesObject[] App(IDictionary<string, string> labels, string name = "web") =>
    [
        new Deployment
        {
            Metadata = new() { Name = name, Namespace = "shop", Labels = labels },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Template = new()
                {
                    Metadata = new() { Labels = labels },
                    Spec = new() { Containers = [new() { Name = "web", Image = "web:1" }] },
                },
            },
        },
        new Service
        {
            Metadata = new() { Name = name, Namespace = "shop", Labels = labels },
            Spec = new() { Selector = labels, Ports = [new() { Port = 80 }] },
        },
        new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = name, Namespace = "shop", Labels = labels },
            Spec = new() { ScaleTargetRef = new() { Kind = "Deployment", Name = name }, MaxReplicas = 3 },
        },
    ];

    private static string Expected(string subject, string path) =>
        $"{subject}: {path}['app'] value '{BadValue}' is invalid: the value must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";

    private static List<(string Id, string Message, SourceLocation Location)> Findings(IEnumerable<KubernetesObject> objects) =>
        ModelValidator.Validate(objects).Select(d => (d.Rule.Id, d.Message, d.Location)).ToList();

    [Test]
    public void An_invalid_shared_map_is_reported_at_each_labels_field_that_uses_it()
    {
        var labels = new Dictionary<string, string> { ["app"] = BadValue };
        var app = App(labels);
        var (deployment, service, hpa) = ((Deployment)app[0], app[1], app[2]);

        Assert.That(Findings(app), Is.EqualTo(new[]
        {
            ("MESH1003", Expected("Deployment shop/web", "metadata.labels"), deployment.Metadata.Origin),
            ("MESH1003", Expected("Deployment shop/web", "spec.template.metadata.labels"), deployment.Spec!.Template!.Metadata!.Origin),
            ("MESH1003", Expected("Service shop/web", "metadata.labels"), service.Metadata.Origin),
            ("MESH1003", Expected("HorizontalPodAutoscaler shop/web", "metadata.labels"), hpa.Metadata.Origin),
        }));
    }

    [Test]
    public void A_valid_shared_map_does_not_hide_another_apps_invalid_map()
    {
        var good = new Dictionary<string, string> { ["app"] = "web" };
        var bad = new Dictionary<string, string> { ["app"] = BadValue };
        KubernetesObject[] objects = [.. App(good, "a"), .. App(bad, "b"), .. App(good, "c"), .. App(bad, "d")];

        var findings = Findings(objects);

        Assert.That(findings.Select(f => f.Message), Is.EqualTo(new[] { "b", "d" }.SelectMany(n => new[]
        {
            Expected($"Deployment shop/{n}", "metadata.labels"),
            Expected($"Deployment shop/{n}", "spec.template.metadata.labels"),
            Expected($"Service shop/{n}", "metadata.labels"),
            Expected($"HorizontalPodAutoscaler shop/{n}", "metadata.labels"),
        })));
    }

    [Test]
    public void Many_valid_maps_in_turn_do_not_hide_an_invalid_one()
    {
        var maps = Enumerable.Range(0, 9).Select(i => new Dictionary<string, string> { ["app"] = i == 4 ? BadValue : $"app-{i}" }).ToList();
        var objects = Enumerable.Range(0, 3).SelectMany(round => maps.SelectMany((m, i) => App(m, $"round-{round}-map-{i}"))).ToList();

        var findings = Findings(objects);

        Assert.That(findings, Has.Count.EqualTo(3 * 4), "the invalid map, in each of 3 rounds, at 4 places");
        Assert.That(findings.Select(f => f.Message), Has.All.Contain("-map-4: "));
    }

    [Test]
    public void A_map_found_valid_in_one_run_is_checked_again_in_the_next()
    {
        var labels = new Dictionary<string, string> { ["app"] = "web" };
        var app = App(labels);
        Assert.That(Findings(app), Is.Empty);

        labels["app"] = BadValue;

        Assert.That(Findings(app), Has.Count.EqualTo(4));
    }

    [Test]
    public void A_map_of_another_dictionary_type_is_checked_at_each_use()
    {
        var labels = new SortedDictionary<string, string> { ["app"] = BadValue, ["bad key"] = "web" };

        var findings = Findings(App(labels));

        Assert.That(findings, Has.Count.EqualTo(2 * 4));
        Assert.That(findings.Select(f => f.Message).Where(m => m.Contains("key 'bad key' is invalid")).ToList(), Has.Count.EqualTo(4));
    }

    [Test]
    public void A_selector_made_of_the_templates_own_map_matches_it()
    {
        var labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" };
        Assert.That(Findings(App(labels)), Is.Empty);
        Assert.That(Findings(App(new SortedDictionary<string, string>(labels))), Is.Empty);
        Assert.That(Findings(App(new Dictionary<string, string>(labels, StringComparer.OrdinalIgnoreCase))), Is.Empty);
    }

    [Test]
    public void A_selector_made_of_the_templates_own_map_is_still_checked_for_its_expressions_and_emptiness()
    {
        var labels = new Dictionary<string, string> { ["app"] = "web" };
        var withExpression = (Deployment)App(labels)[0];
        withExpression.Spec!.Selector!.MatchExpressions.Add(new() { Key = "app", Operator = LabelSelectorOperator.DoesNotExist });
        var empty = (Deployment)App(new Dictionary<string, string>())[0];

        Assert.That(Findings([withExpression]).Select(f => (f.Id, f.Location)), Is.EqualTo(new[] { ("MESH1006", withExpression.Spec.Selector.Origin) }));
        Assert.That(Findings([empty]).Select(f => (f.Id, f.Location)), Is.EqualTo(new[] { ("MESH1006", empty.Spec!.Selector!.Origin) }));
    }

    [Test]
    public void Objects_are_the_same_when_group_kind_namespace_and_name_are()
    {
        KubernetesObject[] objects =
        [
            new Widget("example.com/v1") { Metadata = new() { Name = "w" } },
            new Widget("example.com/v2") { Metadata = new() { Name = "w", Namespace = "" } },
            new Widget("other.example.com/v1") { Metadata = new() { Name = "w" } },
            new Widget("v1") { Metadata = new() { Name = "w" } },
            new Widget("v2") { Metadata = new() { Name = "w" } },
            new Widget("example.com/v1") { Metadata = new() { Name = "w", Namespace = "shop" } },
            new Widget("example.com/v1", kind: "Gadget") { Metadata = new() { Name = "w" } },
        ];

        var findings = ModelValidator.Validate(objects);

        Assert.That(findings.Select(d => (d.Rule.Id, d.Location)), Is.EqualTo(new[]
        {
            ("MESH1002", objects[1].Origin), // an empty namespace is invalid, and the same as none
            ("MESH1005", objects[1].Origin),
            ("MESH1005", objects[4].Origin),
        }));
        Assert.That(findings[1].Message, Does.Contain($"also at {objects[0].Origin}"));
        Assert.That(findings[2].Message, Does.Contain($"also at {objects[3].Origin}"));
    }

    private sealed class Widget(string apiVersion, string kind = "Widget", [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : KubernetesObject(callerFilePath, callerLineNumber)
    {
        public override string ApiVersion => apiVersion;

        public override string Kind => kind;
    }
}
