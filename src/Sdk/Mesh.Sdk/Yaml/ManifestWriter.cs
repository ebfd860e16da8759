using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// The one YAML writer. Deterministic: the same objects give byte-identical text on every
/// machine (invariant culture, ordinal key order for maps, declaration order for fields,
/// '\n' line ends, UTF-8 without BOM when saved). Omits nulls and empty collections, writes
/// empty objects as <c>{}</c>, and quotes strings as <see cref="YamlScalars"/> decides.
/// </summary>
public static class ManifestWriter
{
    /// <summary>Writes one or more objects as a multi-document YAML stream.</summary>
    /// <param name="objects">The documents, in order.</param>
    /// <param name="headerComment">Optional comment lines written first (without '#').</param>
    public static string Write(IEnumerable<KubernetesObject> objects, string? headerComment = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        return WriteTo(new Utf8Buffer(FirstSegment(objects)), objects, headerComment).ToString();
    }

    /// <summary>
    /// The same text as <see cref="Write(IEnumerable{KubernetesObject}, string?)"/>, as the UTF-8 bytes
    /// (no BOM) of the file, in segments: the text is encoded where it is written, never held as UTF-16,
    /// and a large manifest lives in large-object-heap segments the GC does not copy.
    /// </summary>
    internal static Utf8Buffer WriteUtf8(IEnumerable<KubernetesObject> objects, string? headerComment = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        return WriteTo(new Utf8Buffer(FirstSegment(objects)), objects, headerComment);
    }

    /// <summary>
    /// The same text through the reflection path only (<see cref="TypeShape"/>, boxed values): the
    /// reference the generated writers are compared with in tests.
    /// </summary>
    internal static string WriteWithReflection(IEnumerable<KubernetesObject> objects, string? headerComment = null) =>
        WriteTo(new Utf8Buffer(FirstSegment(objects)), objects, headerComment, reflectionOnly: true).ToString();

    /// <summary>About a kilobyte per object up to one full segment: a few objects fit one small segment.</summary>
    private static int FirstSegment(IEnumerable<KubernetesObject> objects) =>
        objects is ICollection<KubernetesObject> c ? (int)Math.Min(4096L + c.Count * 1024L, Utf8Buffer.MaxSegment) : 4096;

    private static Utf8Buffer WriteTo(Utf8Buffer output, IEnumerable<KubernetesObject> objects, string? headerComment, bool reflectionOnly = false)
    {
        var e = new YamlEmitter(output) { ReflectionOnly = reflectionOnly };
        if (headerComment is not null) e.Comment(headerComment);
        var first = true;
        foreach (var o in objects)
        {
            if (!first) e.DocumentSeparator();
            first = false;
            WriteValue(e, o);
        }
        return output;
    }

    /// <summary>Writes a single object (no header).</summary>
    public static string Write(KubernetesObject obj) => Write([obj]);

    /// <summary>Writes any model value (an object, list, map or scalar) as a YAML document.</summary>
    internal static string WriteValue(object value, bool reflectionOnly = false)
    {
        var output = new Utf8Buffer();
        WriteValue(new YamlEmitter(output) { ReflectionOnly = reflectionOnly }, value);
        return output.ToString();
    }

    /// <summary>
    /// Any value, by its run-time type. The generated writers call it for fields whose declared
    /// type they do not specialise, so both paths share one set of rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteValue(YamlEmitter e, object? value)
    {
        switch (value)
        {
            case null:
                e.Plain("null");
                return;
            case string s:
                e.String(s);
                return;
            case bool b:
                e.Plain(b ? "true" : "false");
                return;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                e.Plain(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case double or float or decimal:
                e.Plain(FormatFloat(value));
                return;
            case Enum en:
                e.String(EnumWireNames.Get(en));
                return;
            case IYamlScalar scalar:
                e.Scalar(scalar.ToYamlScalar());
                return;
            case IDictionary map:
                WriteMap(e, map);
                return;
            case IEnumerable seq:
                e.BeginSequence();
                foreach (var item in seq) WriteValue(e, item);
                e.EndSequence();
                return;
            default:
                WriteObject(e, value);
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteObject(YamlEmitter e, object obj)
    {
        // The SDK's own model classes: a typed method generated at compile time (Mesh.Sdk.Generators.Model).
        if (!e.ReflectionOnly && GeneratedWriters.Find(obj.GetType()) is { } generated)
        {
            generated(e, obj);
            return;
        }
        e.BeginMapping();
        foreach (var p in TypeShape.For(obj.GetType()).Properties)
        {
            var v = p.Get(obj);
            if (IsOmitted(v)) continue;
            e.KeyText(p.KeyUtf8);
            WriteValue(e, v);
        }
        if (obj is ModelObject m) WriteAdditionalFields(e, m);
        e.EndMapping();
    }

    /// <summary><see cref="ModelObject.AdditionalFields"/> after the typed fields, in ordinal key order.</summary>
    internal static void WriteAdditionalFields(YamlEmitter e, ModelObject obj)
    {
        if (obj.AdditionalFieldsOrNull is not { Count: > 0 } extra) return;
        foreach (var (key, v) in extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (v is null) continue;
            e.Key(key);
            WriteValue(e, v);
        }
    }

    /// <summary>A scalar struct (Quantity, IntOrString...) without boxing it.</summary>
    internal static void WriteScalar<T>(YamlEmitter e, T value) where T : struct, IYamlScalar => e.Scalar(value.ToYamlScalar());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteMap(YamlEmitter e, IDictionary map)
    {
        // The model's own maps (labels, annotations, selectors, resource lists) without boxing
        // every entry through the non-generic enumerator.
        switch (map)
        {
            case Dictionary<string, string> strings:
                WriteStringMap(e, strings);
                return;
            case Dictionary<string, Quantity> quantities:
                WriteScalarMap(e, quantities);
                return;
        }

        var keys = new List<(string Key, object? Value)>(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Value is null) continue;
            var key = entry.Key as string ?? Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            keys.Add((key, entry.Value));
        }
        keys.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        e.BeginMapping();
        foreach (var (key, v) in keys)
        {
            e.Key(key);
            WriteValue(e, v);
        }
        e.EndMapping();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteStringMap(YamlEmitter e, Dictionary<string, string> map)
    {
        var entries = e.Scratch<string>(map.Count);
        var n = 0;
        foreach (var kv in map)
        {
            if (kv.Value is not null) entries[n++] = kv;
        }
        if (n > 1) Array.Sort(entries, 0, n, OrdinalKeyComparer<string>.Instance);
        e.BeginMapping();
        for (var i = 0; i < n; i++)
        {
            e.Key(entries[i].Key);
            e.String(entries[i].Value);
        }
        e.EndMapping();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteScalarMap<T>(YamlEmitter e, Dictionary<string, T> map) where T : struct, IYamlScalar
    {
        var entries = e.Scratch<T>(map.Count);
        var n = 0;
        foreach (var kv in map) entries[n++] = kv;
        if (n > 1) Array.Sort(entries, 0, n, OrdinalKeyComparer<T>.Instance);
        e.BeginMapping();
        for (var i = 0; i < n; i++)
        {
            e.Key(entries[i].Key);
            e.Scalar(entries[i].Value.ToYamlScalar());
        }
        e.EndMapping();
    }

    private sealed class OrdinalKeyComparer<T> : IComparer<KeyValuePair<string, T>>
    {
        public static readonly OrdinalKeyComparer<T> Instance = new();

        public int Compare(KeyValuePair<string, T> x, KeyValuePair<string, T> y) => string.CompareOrdinal(x.Key, y.Key);
    }

    internal static bool IsOmitted(object? v) => v switch
    {
        null => true,
        string => false,
        ICollection c => c.Count == 0,
        _ => false,
    };

    private static string FormatFloat(object value)
    {
        var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (double.IsNaN(d)) return ".nan";
        if (double.IsPositiveInfinity(d)) return ".inf";
        if (double.IsNegativeInfinity(d)) return "-.inf";
        var s = value is decimal m ? m.ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
        // YAML 1.1 floats need a '.' and a signed exponent: 1E-05 -> 1.0e-05, 3 -> 3.0
        var ePos = s.IndexOfAny(['E', 'e']);
        var mantissa = ePos < 0 ? s : s[..ePos];
        var exponent = ePos < 0 ? "" : s[(ePos + 1)..];
        if (!mantissa.Contains('.')) mantissa += ".0";
        if (exponent.Length > 0 && exponent[0] is not ('+' or '-')) exponent = "+" + exponent;
        return exponent.Length == 0 ? mantissa : mantissa + "e" + exponent;
    }
}
