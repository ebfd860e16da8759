using System.Collections;
using System.Globalization;
using System.Text;
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
        var sb = new StringBuilder(4096);
        var e = new YamlEmitter(sb);
        if (headerComment is not null) e.Comment(headerComment);
        var first = true;
        foreach (var o in objects)
        {
            if (!first) e.DocumentSeparator();
            first = false;
            WriteValue(e, o);
        }
        return sb.ToString();
    }

    /// <summary>Writes a single object (no header).</summary>
    public static string Write(KubernetesObject obj) => Write([obj]);

    /// <summary>Writes any model value (an object, list, map or scalar) as a YAML document.</summary>
    internal static string WriteValue(object value)
    {
        var sb = new StringBuilder();
        WriteValue(new YamlEmitter(sb), value);
        return sb.ToString();
    }

    private static void WriteValue(YamlEmitter e, object? value)
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

    private static void WriteObject(YamlEmitter e, object obj)
    {
        e.BeginMapping();
        foreach (var p in TypeShape.For(obj.GetType()).Properties)
        {
            var v = p.Get(obj);
            if (IsOmitted(v)) continue;
            e.Key(p.WireName);
            WriteValue(e, v);
        }
        if (obj is ModelObject { AdditionalFieldsOrNull: { Count: > 0 } extra })
        {
            foreach (var (key, v) in extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (v is null) continue;
                e.Key(key);
                WriteValue(e, v);
            }
        }
        e.EndMapping();
    }

    private static void WriteMap(YamlEmitter e, IDictionary map)
    {
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

    private static bool IsOmitted(object? v) => v switch
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
