using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Validation;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

/// <summary>The escape hatch for fields the typed model does not have: written, never dropped, never doubled.</summary>
public sealed class AdditionalFieldsTests
{
    [Test]
    public void Additional_fields_are_written_after_the_typed_fields_in_key_order()
    {
        var service = new Service { Metadata = new() { Name = "web" }, Spec = new() { Ports = [new() { Port = 80 }] } };
        service.Spec.AdditionalFields["trafficDistributionPolicy"] = "PreferSameZone";
        service.Spec.AdditionalFields["aNewList"] = new List<object> { 1, "two", new Dictionary<string, object> { ["k"] = true } };

        var text = ManifestWriter.Write(service);

        Assert.That(text, Does.EndWith("""
            spec:
              ports:
              - port: 80
              aNewList:
              - 1
              - two
              - k: true
              trafficDistributionPolicy: PreferSameZone

            """));
    }

    [Test]
    public void A_key_that_is_also_a_typed_field_is_MESH1008()
    {
        var service = new Service { Metadata = new() { Name = "web" }, Spec = new() { Ports = [new() { Port = 80 }] } };
        service.Spec.Ports[0].AdditionalFields["port"] = 81;

        var d = ModelValidator.Validate([service]).Single();

        Assert.That(d.Rule.Id, Is.EqualTo("MESH1008"));
        Assert.That(d.Message, Does.Contain("AdditionalFields[\"port\"] duplicates the typed field 'port' of ServicePort"));
        Assert.That(d.Location, Is.EqualTo(service.Spec.Ports[0].Origin));
    }
}
