using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Autoscaling.V2;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Kubernetes.Policy.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Validation;

namespace Mesh.Sdk.Tests.Validation;

public sealed class ModelValidatorTests
{
    private static Deployment Web(string name = "web", string selector = "web", int port = 8080, string containerName = "web") => new()
    {
        Metadata = new() { Name = name, Namespace = "shop" },
        Spec = new()
        {
            Selector = new() { MatchLabels = { ["app"] = selector } },
            Template = new()
            {
                Metadata = new() { Labels = { ["app"] = "web" } },
                Spec = new() { Containers = [new() { Name = containerName, Image = "web:1", Ports = [new() { Name = "http", Port = port }] }] },
            },
        },
    };

    private static string[] Ids(params KubernetesObject[] objects) =>
        ModelValidator.Validate(objects).Select(d => d.Rule.Id).ToArray();

    [Test]
    public void A_valid_deployment_has_no_diagnostics() => Assert.That(Ids(Web()), Is.Empty);

    [TestCase("Web")]
    [TestCase("web_app")]
    [TestCase("-web")]
    [TestCase("")]
    public void Invalid_names_are_MESH1001(string name) => Assert.That(Ids(Web(name)), Is.EqualTo(new[] { "MESH1001" }));

    [Test]
    public void Service_names_must_start_with_a_letter()
    {
        var service = new Service { Metadata = new() { Name = "1web" }, Spec = new() { Ports = [new() { Port = 80 }] } };
        var d = ModelValidator.Validate([service]).Single();
        Assert.That(d.Rule.Id, Is.EqualTo("MESH1001"));
        Assert.That(d.Message, Does.Contain("RFC 1035"));
    }

    [Test]
    public void A_name_longer_than_the_kind_allows_is_MESH1001()
    {
        Assert.That(Ids(Web(new string('a', 254))), Is.EqualTo(new[] { "MESH1001" }));
        Assert.That(Ids(Web(new string('a', 253))), Is.Empty);
    }

    [Test]
    public void Namespace_on_a_cluster_scoped_kind_is_MESH1002()
    {
        var ns = new Namespace { Metadata = new() { Name = "shop", Namespace = "default" } };
        Assert.That(Ids(ns), Is.EqualTo(new[] { "MESH1002" }));
    }

    [Test]
    public void Invalid_label_keys_and_values_are_MESH1003()
    {
        var d = Web();
        d.Metadata.Labels["bad key"] = "ok";
        d.Metadata.Labels["ok"] = "bad value!";
        d.Metadata.Annotations["-x/y"] = "anything goes in values";
        Assert.That(Ids(d), Is.EqualTo(new[] { "MESH1003", "MESH1003", "MESH1003" }));
    }

    [TestCase(0)]
    [TestCase(65536)]
    public void Ports_out_of_range_are_MESH1004(int port) => Assert.That(Ids(Web(port: port)), Is.EqualTo(new[] { "MESH1004" }));

    [Test]
    public void Duplicates_across_the_build_are_MESH1005_and_name_the_first_location()
    {
        var first = Web();
        var second = Web();
        var d = ModelValidator.Validate([first, second]).Single();
        Assert.That(d.Rule.Id, Is.EqualTo("MESH1005"));
        Assert.That(d.Message, Does.Contain(first.Origin.ToString()));
        Assert.That(d.Location, Is.EqualTo(second.Metadata.Origin).Or.EqualTo(second.Origin));
    }

    [Test]
    public void Same_name_in_another_namespace_or_kind_is_not_a_duplicate()
    {
        var other = Web();
        other.Metadata.Namespace = "other";
        var service = new Service { Metadata = new() { Name = "web", Namespace = "shop" }, Spec = new() { Ports = [new() { Port = 80 }] } };
        Assert.That(Ids(Web(), other, service), Is.Empty);
    }

    [Test]
    public void A_selector_that_misses_the_template_is_MESH1006_at_the_selector()
    {
        var d = Web(selector: "api");
        var diagnostic = ModelValidator.Validate([d]).Single();
        Assert.That(diagnostic.Rule.Id, Is.EqualTo("MESH1006"));
        Assert.That(diagnostic.Location, Is.EqualTo(d.Spec.Selector.Origin));
        Assert.That(diagnostic.Location.FilePath, Does.EndWith("ModelValidatorTests.cs"));
    }

    [Test]
    public void An_empty_selector_is_MESH1006()
    {
        var d = Web();
        d.Spec.Selector.MatchLabels.Clear();
        Assert.That(Ids(d), Is.EqualTo(new[] { "MESH1006" }));
    }

    [Test]
    public void Container_problems_are_MESH1007()
    {
        Assert.That(Ids(Web(containerName: "Web")), Is.EqualTo(new[] { "MESH1007" }));

        var twice = Web();
        twice.Spec.Template.Spec.InitContainers.Add(new() { Name = "web", Image = "init:1" });
        Assert.That(Ids(twice), Is.EqualTo(new[] { "MESH1007" }));

        var noImage = Web();
        noImage.Spec.Template.Spec.Containers[0].Image = " ";
        Assert.That(Ids(noImage), Is.EqualTo(new[] { "MESH1007" }));

        var longPortName = Web();
        longPortName.Spec.Template.Spec.Containers[0].Ports[0].Name = "very-long-port-name";
        Assert.That(Ids(longPortName), Is.EqualTo(new[] { "MESH1007" }));
    }

    [Test]
    public void Hpa_and_pdb_values_the_api_server_rejects_are_MESH1008()
    {
        var hpa = new HorizontalPodAutoscaler
        {
            Metadata = new() { Name = "web" },
            Spec = new() { ScaleTargetRef = new() { Kind = "Deployment", Name = "web" }, MinReplicas = 5, MaxReplicas = 3 },
        };
        var pdb = new PodDisruptionBudget
        {
            Metadata = new() { Name = "web" },
            Spec = new() { MinAvailable = 1, MaxUnavailable = "150%" },
        };
        var service = new Service { Metadata = new() { Name = "web" }, Spec = new() { Ports = [new() { Port = 80 }, new() { Port = 81 }] } };

        Assert.That(Ids(hpa), Is.EqualTo(new[] { "MESH1008" }));
        Assert.That(Ids(pdb), Is.EqualTo(new[] { "MESH1008", "MESH1008" }));
        Assert.That(Ids(service), Is.EqualTo(new[] { "MESH1008", "MESH1008" }), "every port needs a name when there are several");
    }

    [Test]
    public void A_null_metadata_is_MESH1009_not_a_crash()
    {
        var d = Web();
        d.Metadata = null!;
        Assert.That(Ids(d), Is.EqualTo(new[] { "MESH1009" }));
    }
}
