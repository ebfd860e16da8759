using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Rules;
using Mesh.Sdk.Rules.Facts;
using static Mesh.Sdk.Tests.Rules.RuleTestKit;

namespace Mesh.Sdk.Tests.Rules;

/// <summary>What every rule reads through its context: the objects of a kind, in definition order, and the owner of a nested object.</summary>
public sealed class RuleContextTests
{
    [Test]
    public void The_objects_of_a_kind_come_in_definition_order()
    {
        var web = Deployment(App());
        var api = Deployment(App(), name: "api");
        var service = ServiceFor();
        var ns = InjectedNamespace();
        var context = new RuleContext([web, service, ns, api], Current, []);

        Assert.That(context.OfType<Deployment>(), Is.EqualTo(new[] { web, api }));
        Assert.That(context.OfType<Deployment>(), Is.EqualTo(new[] { web, api }), "asked again");
        Assert.That(context.OfType<Service>(), Is.EqualTo(new[] { service }));
        Assert.That(context.OfType<StatefulSet>(), Is.Empty);
        Assert.That(context.OfType<KubernetesObject>(), Is.EqualTo(new KubernetesObject[] { web, service, ns, api }));
        Assert.That(context.Any<Namespace>(), Is.True);
        Assert.That(context.Any<StatefulSet>(), Is.False);
    }

    [Test]
    public void The_owner_of_a_nested_object_is_the_first_object_that_holds_it()
    {
        var shared = App();
        var web = Deployment(App());
        var api = Deployment(shared, name: "api");
        var jobs = Deployment(shared, name: "jobs");
        var facts = new RuleContext([web, api, jobs], Current, []).Facts();

        Assert.That(facts.OwnerOf(shared), Is.SameAs(api));
        Assert.That(facts.OwnerOf(jobs.Spec!.Template.Spec!), Is.SameAs(jobs));
        Assert.That(facts.OwnerOf(api), Is.SameAs(api), "an object holds itself");
        Assert.That(facts.OwnerOf(App()), Is.Null, "an object outside the build");
        Assert.That(facts.Describe(shared, "the mesh"), Is.EqualTo("Deployment shop/api"));
        Assert.That(facts.Describe(App(), "the mesh"), Is.EqualTo("the mesh"));
    }
}
