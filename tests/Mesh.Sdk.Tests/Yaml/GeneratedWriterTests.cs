using System.Collections;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Model;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

/// <summary>
/// The typed writers generated for the SDK's model classes write exactly what the reflection path
/// writes: same keys in the same order, same omissions, same scalars. Every generated type is
/// filled by reflection with tricky values (strings that need quoting, multi-line text, negative
/// numbers, undefined enum values, null list elements, collections that are not List/Dictionary,
/// additional fields) and written both ways.
/// </summary>
public sealed class GeneratedWriterTests
{
    private static readonly IReadOnlyDictionary<Type, string[]> Generated = GeneratedWriters.KeysByType();

    private static IEnumerable<Type> GeneratedTypes() => Generated.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Test]
    public void Every_concrete_model_class_of_the_sdk_has_a_generated_writer()
    {
        var concrete = typeof(ModelObject).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false } && t.IsSubclassOf(typeof(ModelObject))
                        && (t.IsPublic || t.IsNestedPublic))
            .ToList();

        Assert.That(concrete, Has.Count.GreaterThan(200));
        Assert.That(concrete.Where(t => !Generated.ContainsKey(t)), Is.Empty);
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void Keys_are_the_reflection_shapes_keys_in_order_and_the_writer_is_found(Type type)
    {
        var reflected = TypeShape.For(type).Properties.Select(p => YamlEmitter.FormatKey(p.WireName));

        Assert.That(Generated[type], Is.EqualTo(reflected));
        Assert.That(GeneratedWriters.Find(type), Is.Not.Null, "found by its run-time name");
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void Filled_objects_are_written_byte_for_byte_as_the_reflection_path_writes_them(Type type)
    {
        for (var variant = 0; variant < 6; variant++)
        {
            var obj = Fill(type, depth: 0, variant)!;
            var generated = ManifestWriter.WriteValue(obj);
            var reflected = ManifestWriter.WriteValue(obj, reflectionOnly: true);

            Assert.That(generated, Is.EqualTo(reflected), $"variant {variant}");
        }
    }

    [Test]
    public void An_empty_object_is_written_as_the_reflection_path_writes_it()
    {
        var service = new Service { Metadata = new() { Name = "web" }, Spec = new() };

        Assert.That(ManifestWriter.Write(service), Is.EqualTo(ManifestWriter.WriteWithReflection([service])));
        Assert.That(ManifestWriter.Write(service), Does.EndWith("spec: {}\n"));
    }

    [Test]
    public void A_kind_defined_outside_the_sdk_keeps_the_reflection_path_and_its_model_fields_use_the_generated_writers()
    {
        var widget = new Widget
        {
            Metadata = new() { Name = "w", Labels = { ["on"] = "yes" } },
            Replicas = 3,
            Policy = PullPolicy.IfNotPresent,
            Port = 8080,
            Containers = [new() { Name = "app", Image = "nginx", Ports = [new() { Port = 80 }] }],
        };

        var text = ManifestWriter.Write(widget);

        Assert.That(GeneratedWriters.Find(typeof(Widget)), Is.Null);
        Assert.That(text, Is.EqualTo(ManifestWriter.WriteWithReflection([widget])));
        Assert.That(text, Is.EqualTo("""
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
              labels:
                "on": "yes"
            replicas: 3
            policy: IfNotPresent
            port: 8080
            containers:
            - name: app
              image: nginx
              ports:
              - containerPort: 80

            """));
    }

    private sealed class Widget([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : KubernetesObject(callerFilePath, callerLineNumber)
    {
        public override string ApiVersion => "example.com/v1";

        public override string Kind => "Widget";

        public int? Replicas { get; set; }

        public PullPolicy? Policy { get; set; }

        public IntOrString? Port { get; set; }

        public IList<Container> Containers { get; init; } = [];
    }

    private static readonly string[] Strings =
    [
        "plain-value", "yes", "", "two\nlines\n", "12:30", " leading space", "0777", "a: b", "null", "ünïcödé", "tab\there", "x\n\n",
    ];

    /// <summary>An instance of <paramref name="type"/> with every settable field set (model fields to a depth of 3).</summary>
    internal static object? Fill(Type type, int depth, int variant)
    {
        var ctor = type.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.IsOptional));
        if (ctor is null) return null;
        var obj = ctor.Invoke(ctor.GetParameters().Select(p => p.DefaultValue).ToArray());
        var i = 0;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0 || p.GetCustomAttribute<WireIgnoreAttribute>(inherit: true) is not null) continue;
            i++;
            try
            {
                if (p.SetMethod is { IsPublic: true })
                {
                    // Leave some fields unset so omission is covered too.
                    if ((i + variant) % 5 == 0) continue;
                    p.SetValue(obj, Sample(p.PropertyType, depth, variant + i));
                }
                else if (p.GetValue(obj) is { } existing)
                {
                    AddTo(existing, p.PropertyType, depth, variant + i);
                }
            }
            catch (TargetInvocationException)
            {
                // A setter that rejects the sample (a range check): the field stays unset.
            }
            catch (ArgumentException)
            {
            }
        }
        if (obj is ModelObject m && variant % 3 == 2)
        {
            m.AdditionalFields["zz-extra"] = variant;
            m.AdditionalFields["a extra"] = new List<object?> { "yes", null, 1.5 };
        }
        return obj;
    }

    private static object? Sample(Type t, int depth, int v)
    {
        if (Nullable.GetUnderlyingType(t) is { } inner) return v % 7 == 3 ? null : Sample(inner, depth, v);
        if (t == typeof(string)) return Strings[v % Strings.Length];
        if (t == typeof(bool)) return v % 2 == 0;
        if (t == typeof(int)) return v % 4 == 1 ? -v : v * 7;
        if (t == typeof(long)) return v % 4 == 1 ? long.MinValue : 10_000_000_000L + v;
        if (t == typeof(double)) return v % 2 == 0 ? 0.5 : 1e-7;
        if (t.IsEnum)
        {
            var values = Enum.GetValues(t);
            return v % 6 == 5 ? Enum.ToObject(t, 12345) : values.GetValue(v % values.Length);
        }
        if (t == typeof(IntOrString)) return v % 2 == 0 ? (IntOrString)(v + 1) : (IntOrString)("port-" + v.ToString(CultureInfo.InvariantCulture));
        if (t == typeof(Quantity)) return v % 2 == 0 ? (Quantity)"250m" : (Quantity)"1Gi";
        if (t == typeof(Duration)) return Duration.FromSeconds(v + 1);
        if (t == typeof(GatewayDuration)) return GatewayDuration.FromMilliseconds(1500 + v);
        if (t == typeof(object)) return v % 2 == 0 ? "on" : new Dictionary<string, object?> { ["k"] = v, ["nested"] = new List<object?> { "a" } };
        if (t.IsGenericType && t.GetGenericArguments() is [var element] && typeof(IEnumerable).IsAssignableFrom(t))
        {
            var list = (IList)(v % 4 == 1 ? Activator.CreateInstance(typeof(Collection<>).MakeGenericType(element))! : Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!);
            if (!t.IsAssignableFrom(list.GetType())) list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            AddTo(list, t, depth, v);
            return list;
        }
        if (t.IsGenericType && t.GetGenericArguments() is [var key, var value] && key == typeof(string))
        {
            var map = (IDictionary)(v % 4 == 1 && value == typeof(string) ? new SortedDictionary<string, string>() : Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!);
            if (!t.IsAssignableFrom(map.GetType())) map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
            AddTo(map, t, depth, v);
            return map;
        }
        if (t.IsSubclassOf(typeof(ModelObject)))
        {
            if (depth >= 3) return null;
            var concrete = t.IsAbstract ? t.Assembly.GetTypes().FirstOrDefault(c => !c.IsAbstract && c.IsSubclassOf(t) && c.IsPublic) : t;
            return concrete is null ? null : Fill(concrete, depth + 1, v);
        }
        return null;
    }

    private static void AddTo(object collection, Type declared, int depth, int v)
    {
        var args = declared.IsGenericType ? declared.GetGenericArguments() : [];
        switch (collection)
        {
            case IDictionary map when args is [_, var value]:
                var first = Sample(value, depth, v);
                if (first is not null) map["b-" + Strings[v % Strings.Length]] = first;
                var second = Sample(value, depth, v + 1);
                if (second is not null) map["a.key/" + v.ToString(CultureInfo.InvariantCulture)] = second;
                return;
            case IList list when args is [var element]:
                if (v % 5 == 0) return; // an empty list is omitted
                list.Add(Sample(element, depth, v));
                if (!element.IsValueType && v % 3 == 0) list.Add(null);
                list.Add(Sample(element, depth, v + 1));
                return;
        }
    }
}
