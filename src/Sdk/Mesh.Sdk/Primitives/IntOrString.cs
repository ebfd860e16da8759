using System.Globalization;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk;

/// <summary>
/// Kubernetes <c>IntOrString</c>: a port number or port name, a count or a percentage
/// (<c>maxUnavailable: 25%</c>). Assign an <see cref="int"/> or a <see cref="string"/>.
/// </summary>
public readonly struct IntOrString : IEquatable<IntOrString>, IYamlScalar
{
    private readonly string? _string;

    private IntOrString(int value) { IntValue = value; _string = null; }

    private IntOrString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _string = value;
        IntValue = 0;
    }

    /// <summary>True when this holds a string.</summary>
    public bool IsString => _string is not null;

    /// <summary>The integer (0 when <see cref="IsString"/>).</summary>
    public int IntValue { get; }

    /// <summary>The string, or null when this holds an integer.</summary>
    public string? StringValue => _string;

    /// <summary>True for a string ending in '%'.</summary>
    public bool IsPercent => _string is { Length: > 1 } s && s[^1] == '%';

    /// <summary>An integer value.</summary>
    public static implicit operator IntOrString(int value) => new(value);

    /// <summary>A string value (a port name, or a percentage such as <c>"25%"</c>).</summary>
    public static implicit operator IntOrString(string value) => new(value);

    /// <summary>A percentage: <c>IntOrString.Percent(25)</c> is <c>"25%"</c>.</summary>
    public static IntOrString Percent(int percent) =>
        new(percent.ToString(CultureInfo.InvariantCulture) + "%");

    /// <summary>The percentage when <see cref="IsPercent"/> and it parses; otherwise null.</summary>
    public int? PercentValue =>
        IsPercent && int.TryParse(_string.AsSpan(0, _string!.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            ? p : null;

    /// <inheritdoc />
    public YamlScalar ToYamlScalar() =>
        _string is null ? YamlScalar.FromPlain(IntValue.ToString(CultureInfo.InvariantCulture)) : YamlScalar.FromString(_string);

    /// <inheritdoc />
    public bool Equals(IntOrString other) => IntValue == other.IntValue && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _string is null ? IntValue : StringComparer.Ordinal.GetHashCode(_string);

    /// <inheritdoc />
    public override string ToString() => _string ?? IntValue.ToString(CultureInfo.InvariantCulture);

    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);
}
