using System.Globalization;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk;

/// <summary>
/// A Kubernetes resource quantity: <c>250m</c> CPU, <c>512Mi</c> memory, <c>1.5</c>, <c>1e3</c>.
/// Assign a string (checked against the API's grammar when assigned) or use the factories
/// (<see cref="Millicores"/>, <see cref="Mebibytes"/>...). Always written as a YAML string.
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IYamlScalar
{
    private readonly string? _text;

    private Quantity(string text, decimal value)
    {
        _text = text;
        Value = value;
    }

    /// <summary>The quantity's numeric value in base units (cores, bytes): <c>250m</c> is 0.25.</summary>
    public decimal Value { get; }

    /// <summary>The text as written in the manifest.</summary>
    public override string ToString() => _text ?? "0";

    /// <summary>Parses a quantity; throws <see cref="FormatException"/> naming the grammar when invalid.</summary>
    public static Quantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var q)) return q;
        throw new FormatException(
            $"'{text}' is not a Kubernetes quantity. Write a number with an optional suffix: " +
            "m, k, M, G, T, P, E (decimal), Ki, Mi, Gi, Ti, Pi, Ei (binary) or an exponent (1e3); for example \"250m\" or \"512Mi\".");
    }

    /// <summary>Parses a quantity without throwing.</summary>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64) return false;
        var s = text.AsSpan();

        // <signedNumber>: [+-]? (digits [. digits?] | . digits)
        var i = 0;
        if (s[i] is '+' or '-') i++;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (!decimal.TryParse(s[..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;

        var suffix = s[i..];
        decimal multiplier;
        switch (suffix)
        {
            case "": multiplier = 1m; break;
            case "m": multiplier = 0.001m; break;
            case "k": multiplier = 1e3m; break;
            case "M": multiplier = 1e6m; break;
            case "G": multiplier = 1e9m; break;
            case "T": multiplier = 1e12m; break;
            case "P": multiplier = 1e15m; break;
            case "E": multiplier = 1e18m; break;
            case "Ki": multiplier = 1024m; break;
            case "Mi": multiplier = 1024m * 1024; break;
            case "Gi": multiplier = 1024m * 1024 * 1024; break;
            case "Ti": multiplier = 1024m * 1024 * 1024 * 1024; break;
            case "Pi": multiplier = 1024m * 1024 * 1024 * 1024 * 1024; break;
            case "Ei": multiplier = 1024m * 1024 * 1024 * 1024 * 1024 * 1024; break;
            default:
                if (suffix[0] is not ('e' or 'E')) return false;
                var exp = suffix[1..];
                if (exp.Length == 0 || !int.TryParse(exp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e)) return false;
                if (exp[0] == '+' && exp.Length == 1) return false;
                if (e is < -18 or > 18) return false;
                multiplier = Pow10(e);
                break;
        }

        try
        {
            quantity = new Quantity(text, number * multiplier);
        }
        catch (OverflowException)
        {
            return false;
        }
        return true;
    }

    private static decimal Pow10(int e)
    {
        var r = 1m;
        for (var k = 0; k < Math.Abs(e); k++) r *= 10m;
        return e < 0 ? 1m / r : r;
    }

    /// <summary>A quantity from its text, checked when assigned.</summary>
    public static implicit operator Quantity(string text) => Parse(text);

    /// <summary>A whole number of base units (cores, bytes, pods).</summary>
    public static implicit operator Quantity(int value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>CPU in millicores: <c>Millicores(250)</c> is <c>250m</c>.</summary>
    public static Quantity Millicores(int millicores) => Parse(millicores.ToString(CultureInfo.InvariantCulture) + "m");

    /// <summary>Memory in MiB: <c>Mebibytes(256)</c> is <c>256Mi</c>.</summary>
    public static Quantity Mebibytes(int mebibytes) => Parse(mebibytes.ToString(CultureInfo.InvariantCulture) + "Mi");

    /// <summary>Memory in GiB: <c>Gibibytes(2)</c> is <c>2Gi</c>.</summary>
    public static Quantity Gibibytes(int gibibytes) => Parse(gibibytes.ToString(CultureInfo.InvariantCulture) + "Gi");

    /// <inheritdoc />
    public YamlScalar ToYamlScalar() => YamlScalar.FromString(ToString());

    /// <summary>Equal when the numeric values are equal (<c>1</c> equals <c>1000m</c>).</summary>
    public bool Equals(Quantity other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Value.CompareTo(other.Value);

    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;
}
