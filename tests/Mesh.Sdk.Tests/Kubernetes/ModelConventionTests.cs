using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Apps.V1;
using Mesh.Sdk.Kubernetes.Batch.V1;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Kubernetes;

/// <summary>What every model type promises: sealed, source-located, kinds with constants, nothing emitted that was not set.</summary>
public class ModelConventionTests
{
    private static readonly Type[] ModelTypes = typeof(KubernetesObject).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("Mesh.Sdk.Kubernetes", StringComparison.Ordinal) == true
            && typeof(ModelObject).IsAssignableFrom(t))
        .ToArray();

    [Test]
    public void Every_model_type_is_sealed_with_the_caller_location_constructor()
    {
        Assert.That(ModelTypes, Has.Length.GreaterThan(80));
        Assert.Multiple(() =>
        {
            foreach (var t in ModelTypes)
            {
                Assert.That(t.IsSealed, Is.True, $"{t.Name} is sealed");
                var ctors = t.GetConstructors();
                Assert.That(ctors, Has.Length.EqualTo(1), t.Name);
                var ps = ctors[0].GetParameters();
                Assert.That(ps.Select(p => p.ParameterType), Is.EqualTo(new[] { typeof(string), typeof(int) }), t.Name);
                Assert.That(ps[0].GetCustomAttribute<CallerFilePathAttribute>(), Is.Not.Null, t.Name);
                Assert.That(ps[1].GetCustomAttribute<CallerLineNumberAttribute>(), Is.Not.Null, t.Name);
            }
        });
    }

    [Test]
    public void Every_kind_declares_constants_matching_its_api_version_and_kind()
    {
        var kinds = ModelTypes.Where(t => typeof(KubernetesObject).IsAssignableFrom(t)).ToList();
        Assert.That(kinds.Select(k => k.Name), Is.SupersetOf(new[]
        {
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Service", "ConfigMap", "Secret",
            "Namespace", "ServiceAccount", "HorizontalPodAutoscaler", "PodDisruptionBudget",
        }));
        Assert.Multiple(() =>
        {
            foreach (var k in kinds)
            {
                var o = (KubernetesObject)RuntimeHelpers.GetUninitializedObject(k);
                Assert.That(k.GetField("ApiVersionValue")?.GetRawConstantValue(), Is.EqualTo(o.ApiVersion), k.Name);
                Assert.That(k.GetField("KindValue")?.GetRawConstantValue(), Is.EqualTo(o.Kind), k.Name);
                var group = k.Namespace!.Split('.')[^2].ToLowerInvariant();
                Assert.That(o.Group, Is.EqualTo(group == "core" ? "" : group), k.Name);
            }
        });
    }

    [Test]
    public void Nested_objects_record_the_line_that_created_them()
    {
        var line = new StackFrameLine();
        var c = new Container { Name = "a", Image = "b" }; var expectedLine = line.Next();
        Assert.Multiple(() =>
        {
            Assert.That(c.Origin.FilePath, Does.EndWith("ModelConventionTests.cs"));
            Assert.That(c.Origin.Line, Is.EqualTo(expectedLine));
        });
    }

    [Test]
    public void Unset_optional_fields_and_empty_collections_are_omitted()
    {
        var pod = new Pod
        {
            Metadata = new() { Name = "minimal" },
            Spec = new() { Containers = [new() { Name = "app", Image = "nginx" }] },
        };
        Assert.That(ManifestWriter.Write(pod), Is.EqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: minimal
            spec:
              containers:
              - name: app
                image: nginx

            """));
    }

    [Test]
    public void Empty_objects_that_are_set_are_written_as_empty_mappings()
    {
        var volume = new Volume { Name = "scratch", EmptyDir = new() };
        var probe = new Probe { Exec = new() { Command = ["true"] } };
        Assert.Multiple(() =>
        {
            Assert.That(ManifestWriter.WriteValue(volume), Is.EqualTo("name: scratch\nemptyDir: {}\n"));
            Assert.That(ManifestWriter.WriteValue(probe), Is.EqualTo("exec:\n  command:\n  - \"true\"\n"));
        });
    }

    [Test]
    public void Quantities_ints_and_int_or_strings_keep_their_yaml_types()
    {
        var c = new Container
        {
            Name = "app",
            Image = "nginx",
            Resources = new() { Limits = { [ResourceNames.Cpu] = 1, [ResourceNames.EphemeralStorage] = "1Gi" } },
            ReadinessProbe = new() { HttpGet = new() { Port = 8080 }, TimeoutSeconds = 2 },
            LivenessProbe = new() { TcpSocket = new() { Port = "http" } },
        };
        var root = YamlTree.Parse(ManifestWriter.WriteValue(c));
        Assert.Multiple(() =>
        {
            // "1" must stay a string quantity, 8080 and 2 must be plain numbers.
            Assert.That(ManifestWriter.WriteValue(c), Does.Contain("cpu: \"1\"").And.Contain("port: 8080").And.Contain("timeoutSeconds: 2"));
            Assert.That(YamlTree.Scalar(root, "resources.limits.ephemeral-storage"), Is.EqualTo("1Gi"));
            Assert.That(YamlTree.Scalar(root, "livenessProbe.tcpSocket.port"), Is.EqualTo("http"));
        });
    }

    [Test]
    public void Workloads_expose_their_pod_template_and_selector()
    {
        var deployment = Samples.Deployment();
        var sts = Samples.StatefulSet();
        var ds = Samples.DaemonSet();
        var job = Samples.Job();
        var cron = Samples.CronJob();
        Assert.Multiple(() =>
        {
            Assert.That(((IPodTemplateOwner)deployment).Template, Is.SameAs(deployment.Spec.Template));
            Assert.That(((IPodTemplateOwner)sts).Template, Is.SameAs(sts.Spec.Template));
            Assert.That(((IPodTemplateOwner)sts).Selector, Is.SameAs(sts.Spec.Selector));
            Assert.That(((IPodTemplateOwner)ds).Template, Is.SameAs(ds.Spec.Template));
            Assert.That(((IPodTemplateOwner)ds).Selector, Is.SameAs(ds.Spec.Selector));
            Assert.That(((IPodTemplateOwner)job).Template, Is.SameAs(job.Spec.Template));
            Assert.That(((IPodTemplateOwner)job).Selector, Is.Null, "a Job's selector is usually generated");
            Assert.That(((IPodTemplateOwner)cron).Template, Is.SameAs(cron.Spec.JobTemplate.Spec.Template));
            Assert.That(((IPodTemplateOwner)cron).Selector, Is.Null);
            Assert.That(Samples.Pod(), Is.Not.InstanceOf<IPodTemplateOwner>());
        });
    }

    /// <summary>The line after the caller's, for asserting recorded source lines.</summary>
    private sealed class StackFrameLine
    {
        public int Next([CallerLineNumber] int line = 0) => line;
    }
}
