using System.Globalization;
using System.Text;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk;

/// <summary>
/// A duration as the Kubernetes Gateway API reads it (GEP-2257, the <c>Duration</c> type of
/// <c>gateway.networking.k8s.io</c>): one to four whole-number components of
/// <c>h</c>, <c>m</c>, <c>s</c> or <c>ms</c>, each of at most five digits, e.g. <c>1h</c>,
/// <c>30s</c>, <c>500ms</c>, <c>1h30m</c>. The CRD validates it with
/// <c>^([0-9]{1,5}(h|m|s|ms)){1,4}$</c> (kubernetes-sigs/gateway-api <c>apis/v1/shared_types.go</c>).
/// </summary>
/// <remarks>
/// It differs from <see cref="Duration"/>, the protobuf form Istio and TSB read: Gateway API
/// durations have no fractions (<c>1.5s</c>), no <c>us</c>/<c>ns</c> units and no sign, so
/// they are a separate type. Written canonically: the largest units first, zero components
/// left out (<c>90m</c> → <c>1h30m</c>, <c>1500ms</c> → <c>1s500ms</c>), zero as <c>0s</c>.
/// </remarks>
public readonly struct GatewayDuration : IEquatable<GatewayDuration>, IComparable<GatewayDuration>, IYamlScalar
{
    /// <summary>The GEP-2257 grammar the Gateway API CRDs validate against.</summary>
    public const string Pattern = "^([0-9]{1,5}(h|m|s|ms)){1,4}$";

    /// <summary>The largest number a single component may hold (five digits).</summary>
    private const long MaxComponent = 99_999;

    /// <summary>The largest duration that has a canonical form: 99999h59m59s999ms.</summary>
    public static GatewayDuration MaxValue => new(MaxComponent * 3_600_000 + 59 * 60_000 + 59 * 1_000 + 999);

    private GatewayDuration(long milliseconds)
    {
        if (milliseconds < 0)
            throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "A Gateway API duration cannot be negative.");
        if (milliseconds > MaxComponent * 3_600_000 + 3_599_999)
            throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "A Gateway API duration can have at most 99999 hours (GEP-2257).");
        TotalMilliseconds = milliseconds;
    }

    /// <summary>The duration in whole milliseconds, the finest unit GEP-2257 allows.</summary>
    public long TotalMilliseconds { get; }

    /// <summary>The duration as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Value => TimeSpan.FromMilliseconds(TotalMilliseconds);

    /// <summary>A duration of whole hours.</summary>
    public static GatewayDuration FromHours(long hours) => new(checked(hours * 3_600_000));

    /// <summary>A duration of whole minutes.</summary>
    public static GatewayDuration FromMinutes(long minutes) => new(checked(minutes * 60_000));

    /// <summary>A duration of whole seconds.</summary>
    public static GatewayDuration FromSeconds(long seconds) => new(checked(seconds * 1_000));

    /// <summary>A duration of whole milliseconds.</summary>
    public static GatewayDuration FromMilliseconds(long milliseconds) => new(milliseconds);

    /// <summary>
    /// From a <see cref="TimeSpan"/>; throws <see cref="ArgumentException"/> when it has a
    /// fraction of a millisecond, which GEP-2257 cannot express.
    /// </summary>
    public static GatewayDuration FromTimeSpan(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerMillisecond != 0)
            throw new ArgumentException($"{value} has a fraction of a millisecond; Gateway API durations are whole milliseconds (GEP-2257).", nameof(value));
        return new(value.Ticks / TimeSpan.TicksPerMillisecond);
    }

    /// <summary>From a <see cref="TimeSpan"/> of whole milliseconds (see <see cref="FromTimeSpan"/>).</summary>
    public static implicit operator GatewayDuration(TimeSpan value) => FromTimeSpan(value);

    /// <summary>Parses GEP-2257 text such as <c>"30s"</c>; throws <see cref="FormatException"/> otherwise.</summary>
    public static implicit operator GatewayDuration(string text) => Parse(text);

    /// <summary>
    /// Parses GEP-2257 text (<c>10s</c>, <c>500ms</c>, <c>1h30m</c>). Throws
    /// <see cref="FormatException"/> for anything the Gateway API CRDs would reject, such as
    /// <c>1.5s</c>, <c>100us</c>, <c>-1s</c>, <c>0</c> or <c>123456s</c>.
    /// </summary>
    public static GatewayDuration Parse(string text)
    {
        if (TryParse(text, out var d)) return d;
        throw new FormatException(
            $"'{text}' is not a Gateway API duration. Write one to four whole numbers (at most 5 digits each) with a unit h, m, s or ms, e.g. \"30s\", \"500ms\" or \"1h30m\" (GEP-2257: {Pattern}).");
    }

    /// <summary>Parses GEP-2257 text without throwing; false for anything outside <see cref="Pattern"/>.</summary>
    public static bool TryParse(string? text, out GatewayDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text)) return false;
        var s = text.AsSpan();
        long total = 0;
        var components = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (++components > 4) return false;
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            var digits = i - start;
            if (digits is 0 or > 5) return false;
            var number = long.Parse(s[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
            long unit;
            if (i < s.Length && s[i] == 'h') { unit = 3_600_000; i++; }
            else if (i + 1 < s.Length && s[i] == 'm' && s[i + 1] == 's') { unit = 1; i += 2; }
            else if (i < s.Length && s[i] == 'm') { unit = 60_000; i++; }
            else if (i < s.Length && s[i] == 's') { unit = 1_000; i++; }
            else return false;
            total += number * unit;
        }
        // Four 5-digit components always fit in a long; the struct's range is 99999h59m59s999ms.
        if (total > MaxValue.TotalMilliseconds) return false;
        duration = new GatewayDuration(total);
        return true;
    }

    /// <summary>
    /// The canonical GEP-2257 text: hours, minutes, seconds and milliseconds, largest first,
    /// zero components left out; <c>0s</c> for zero.
    /// </summary>
    public override string ToString()
    {
        if (TotalMilliseconds == 0) return "0s";
        var sb = new StringBuilder();
        var rest = TotalMilliseconds;
        Append(sb, rest / 3_600_000, "h");
        rest %= 3_600_000;
        Append(sb, rest / 60_000, "m");
        rest %= 60_000;
        Append(sb, rest / 1_000, "s");
        Append(sb, rest % 1_000, "ms");
        return sb.ToString();

        static void Append(StringBuilder sb, long value, string unit)
        {
            if (value != 0) sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    /// <inheritdoc />
    public YamlScalar ToYamlScalar() => YamlScalar.FromString(ToString());

    /// <inheritdoc />
    public bool Equals(GatewayDuration other) => TotalMilliseconds == other.TotalMilliseconds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GatewayDuration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => TotalMilliseconds.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(GatewayDuration other) => TotalMilliseconds.CompareTo(other.TotalMilliseconds);

    public static bool operator ==(GatewayDuration left, GatewayDuration right) => left.Equals(right);

    public static bool operator !=(GatewayDuration left, GatewayDuration right) => !left.Equals(right);

    public static bool operator <(GatewayDuration left, GatewayDuration right) => left.CompareTo(right) < 0;

    public static bool operator >(GatewayDuration left, GatewayDuration right) => left.CompareTo(right) > 0;

    public static bool operator <=(GatewayDuration left, GatewayDuration right) => left.CompareTo(right) <= 0;

    public static bool operator >=(GatewayDuration left, GatewayDuration right) => left.CompareTo(right) >= 0;
}
