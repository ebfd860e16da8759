using System.Text;

namespace Mesh.Sdk.Rules.Config;

/// <summary>
/// The fields of the mesh <c>ProxyConfig</c> (istio/api <c>mesh/v1alpha1/proxy.proto</c>, P1) and the shape
/// each value must have for Istio's JSON decoding (golang/protobuf jsonpb: durations are Go duration
/// strings, map&lt;string,string&gt; values must be strings). Used by MESH001 on hand-written annotations.
/// </summary>
internal static class ProxyConfigFields
{
    /// <summary>The shape a field's value must have.</summary>
    internal enum Kind
    {
        String,
        Duration,
        Bool,
        Int,
        Enum,
        StringMap,
        Message,
        List,
    }

    /// <summary>Removed from the API in Istio 1.17 (istio/api#2605, field 5 reserved).</summary>
    public const string ParentShutdownDuration = "parentShutdownDuration";

    /// <summary>The Istio release that removed <see cref="ParentShutdownDuration"/>.</summary>
    public static readonly Version ParentShutdownRemoved = new(1, 17);

    private static readonly string[] InterceptionModes = ["REDIRECT", "TPROXY", "NONE"];
    private static readonly string[] TracingServiceNames = ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"];
    private static readonly string[] AuthPolicies = ["NONE", "MUTUAL_TLS", "INHERIT"];

    /// <summary>XFCC modes of <c>gatewayTopology.forwardClientCertDetails</c>.</summary>
    public static readonly string[] ForwardClientCertDetails = ["UNDEFINED", "SANITIZE", "FORWARD_ONLY", "APPEND_FORWARD", "SANITIZE_SET", "ALWAYS_FORWARD_ONLY"];

    /// <summary>Every ProxyConfig field by its JSON name, with its shape and, for enums, its values.</summary>
    public static IReadOnlyDictionary<string, (Kind Kind, string[]? Values)> All { get; } = new Dictionary<string, (Kind, string[]?)>(StringComparer.Ordinal)
    {
        ["configPath"] = (Kind.String, null),
        ["binaryPath"] = (Kind.String, null),
        ["serviceCluster"] = (Kind.String, null),
        ["tracingServiceName"] = (Kind.Enum, TracingServiceNames),
        ["drainDuration"] = (Kind.Duration, null),
        ["discoveryAddress"] = (Kind.String, null),
        ["discoveryRefreshDelay"] = (Kind.Duration, null),
        ["zipkinAddress"] = (Kind.String, null),
        ["statsdUdpAddress"] = (Kind.String, null),
        ["envoyMetricsServiceAddress"] = (Kind.String, null),
        ["proxyAdminPort"] = (Kind.Int, null),
        ["availabilityZone"] = (Kind.String, null),
        ["controlPlaneAuthPolicy"] = (Kind.Enum, AuthPolicies),
        ["customConfigFile"] = (Kind.String, null),
        ["statNameLength"] = (Kind.Int, null),
        ["concurrency"] = (Kind.Int, null),
        ["proxyBootstrapTemplatePath"] = (Kind.String, null),
        ["interceptionMode"] = (Kind.Enum, InterceptionModes),
        ["tracing"] = (Kind.Message, null),
        ["sds"] = (Kind.Message, null),
        ["envoyAccessLogService"] = (Kind.Message, null),
        ["envoyMetricsService"] = (Kind.Message, null),
        ["proxyMetadata"] = (Kind.StringMap, null),
        ["runtimeValues"] = (Kind.StringMap, null),
        ["statusPort"] = (Kind.Int, null),
        ["extraStatTags"] = (Kind.List, null),
        ["gatewayTopology"] = (Kind.Message, null),
        ["terminationDrainDuration"] = (Kind.Duration, null),
        ["meshId"] = (Kind.String, null),
        ["readinessProbe"] = (Kind.Message, null),
        ["proxyStatsMatcher"] = (Kind.Message, null),
        ["holdApplicationUntilProxyStarts"] = (Kind.Bool, null),
        ["caCertificatesPem"] = (Kind.List, null),
        ["image"] = (Kind.Message, null),
        ["privateKeyProvider"] = (Kind.Message, null),
        ["proxyHeaders"] = (Kind.Message, null),
        ["fileFlushInterval"] = (Kind.Duration, null),
        ["fileFlushMinSizeKb"] = (Kind.Int, null),
    };

    /// <summary>The JSON name of <paramref name="key"/>, which may also be written as the proto name (<c>drain_duration</c>); null when unknown.</summary>
    public static string? Resolve(string key, Version istio)
    {
        var camel = key.Contains('_', StringComparison.Ordinal) ? ToCamel(key) : key;
        if (All.ContainsKey(camel)) return camel;
        if (camel == ParentShutdownDuration && istio < ParentShutdownRemoved) return camel;
        return null;
    }

    /// <summary>The kind of a resolved field (<see cref="ParentShutdownDuration"/> is a duration).</summary>
    public static (Kind Kind, string[]? Values) KindOf(string field) =>
        All.TryGetValue(field, out var k) ? k : (Kind.Duration, null);

    /// <summary>The closest field name for a typo, or null.</summary>
    public static string? Suggest(string key) => Names.Closest(key, All.Keys);

    private static string ToCamel(string snake)
    {
        var sb = new StringBuilder(snake.Length);
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_') { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return sb.ToString();
    }
}

/// <summary>Name suggestions for typos.</summary>
internal static class Names
{
    /// <summary>
    /// The candidate closest to <paramref name="name"/> ignoring case, '-' and '_', when within 3 edits (or
    /// when one is a prefix of the other); null otherwise.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var n = Normalize(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var nc = Normalize(c);
            var d = Distance(n, nc);
            if (n.Length >= 4 && (nc.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(nc, StringComparison.Ordinal))) d = Math.Min(d, 1);
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return bestDistance <= 3 ? best : null;
    }

    private static string Normalize(string s) => s.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
