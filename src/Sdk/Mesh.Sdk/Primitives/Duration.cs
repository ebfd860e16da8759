using System.Globalization;
using System.Text;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk;

/// <summary>
/// A non-negative duration written the way protobuf-based APIs (Istio, Tetrate TSB) read it:
/// whole seconds as <c>30s</c>, fractions as <c>1.500s</c> (3, 6 or 9 digits).
/// Create with <see cref="FromSeconds"/>, <see cref="FromMilliseconds"/>, a
/// <see cref="TimeSpan"/>, or <see cref="Parse"/> of Go-style text (<c>"1m30s"</c>, <c>"500ms"</c>).
/// </summary>
public readonly struct Duration : IEquatable<Duration>, IComparable<Duration>, IYamlScalar
{
    private Duration(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A duration cannot be negative.");
        Value = value;
    }

    /// <summary>The duration.</summary>
    public TimeSpan Value { get; }

    /// <summary>Total seconds.</summary>
    public double TotalSeconds => Value.TotalSeconds;

    /// <summary>True when there is no fraction of a second.</summary>
    public bool IsWholeSeconds => Value.Ticks % TimeSpan.TicksPerSecond == 0;

    /// <summary>A duration of whole seconds.</summary>
    public static Duration FromSeconds(long seconds) => new(TimeSpan.FromSeconds(seconds));

    /// <summary>A duration of milliseconds.</summary>
    public static Duration FromMilliseconds(long milliseconds) => new(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>A duration of whole minutes.</summary>
    public static Duration FromMinutes(long minutes) => new(TimeSpan.FromMinutes(minutes));

    /// <summary>From a <see cref="TimeSpan"/>.</summary>
    public static implicit operator Duration(TimeSpan value) => new(value);

    /// <summary>
    /// Parses Go-style (<c>1h2m3.5s</c>, <c>500ms</c>, <c>250us</c>, <c>10ns</c>) or protobuf-style
    /// (<c>1.5s</c>) text. Throws <see cref="FormatException"/> when the text is neither.
    /// </summary>
    public static Duration Parse(string text)
    {
        if (TryParse(text, out var d)) return d;
        throw new FormatException($"'{text}' is not a duration. Write a number with a unit: h, m, s, ms, us or ns, e.g. \"45s\" or \"1m30s\".");
    }

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text)) return false;
        var s = text.AsSpan();
        if (s is "0") return true;
        decimal totalNanos = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (i == start) return false;
            if (!decimal.TryParse(s[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.') i++;
            decimal nanosPerUnit = s[unitStart..i] switch
            {
                "h" => 3_600_000_000_000m,
                "m" => 60_000_000_000m,
                "s" => 1_000_000_000m,
                "ms" => 1_000_000m,
                "us" or "µs" => 1_000m,
                "ns" => 1m,
                _ => -1m,
            };
            if (nanosPerUnit < 0) return false;
            totalNanos += number * nanosPerUnit;
        }
        if (totalNanos > (decimal)TimeSpan.MaxValue.Ticks * 100) return false;
        duration = new Duration(TimeSpan.FromTicks((long)(totalNanos / 100m)));
        return true;
    }

    /// <summary>Protobuf JSON form: <c>30s</c>, <c>1.500s</c>, <c>0.000001s</c>.</summary>
    public override string ToString()
    {
        var ticks = Value.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        var fractionTicks = ticks % TimeSpan.TicksPerSecond; // 100ns units
        var sb = new StringBuilder();
        sb.Append(seconds.ToString(CultureInfo.InvariantCulture));
        if (fractionTicks != 0)
        {
            var nanos = fractionTicks * 100;
            sb.Append('.');
            if (nanos % 1_000_000 == 0) sb.Append((nanos / 1_000_000).ToString("000", CultureInfo.InvariantCulture));
            else if (nanos % 1_000 == 0) sb.Append((nanos / 1_000).ToString("000000", CultureInfo.InvariantCulture));
            else sb.Append(nanos.ToString("000000000", CultureInfo.InvariantCulture));
        }
        sb.Append('s');
        return sb.ToString();
    }

    /// <inheritdoc />
    public YamlScalar ToYamlScalar() => YamlScalar.FromString(ToString());

    /// <inheritdoc />
    public bool Equals(Duration other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Duration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Duration other) => Value.CompareTo(other.Value);

    /// <summary>The sum of two durations.</summary>
    public static Duration operator +(Duration left, Duration right) => new(left.Value + right.Value);

    /// <summary>The sum of two durations.</summary>
    public static Duration Add(Duration left, Duration right) => left + right;

    public static bool operator ==(Duration left, Duration right) => left.Equals(right);

    public static bool operator !=(Duration left, Duration right) => !left.Equals(right);

    public static bool operator <(Duration left, Duration right) => left.CompareTo(right) < 0;

    public static bool operator >(Duration left, Duration right) => left.CompareTo(right) > 0;

    public static bool operator <=(Duration left, Duration right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Duration left, Duration right) => left.CompareTo(right) >= 0;
}
