using System;
using System.Collections.Generic;
using System.Text;
using Mesh.Sdk.Analyzers.Core;
using Mesh.Sdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Config;

/// <summary>
/// MESH001: an invalid hand-written <c>proxy.istio.io/config</c> annotation, on the TemplateMetadata
/// or ObjectMeta creation whose Annotations initializer sets it to a constant string (and that no
/// SetProxyConfig call overwrites). Reported: text that is not a YAML/JSON mapping (a top-level line
/// without <c>key:</c>, tabs, unbalanced braces); the removed <c>parentShutdownDuration</c>; a key one
/// or two letters away from a ProxyConfig field (a typo Istio drops silently); a drainDuration or
/// terminationDrainDuration that does not parse. MESH002 is reported for a drainDuration that is
/// not whole seconds.
/// Limitation: keys far from every known field are not reported, since Istio keeps adding fields
/// (the build engine, with the exact field list of the target Istio, reports them).
/// </summary>
internal sealed partial class ConfigAnalyzer
{
    private static readonly string[] KnownKeys =
    [
        "configPath", "binaryPath", "serviceCluster", "tracingServiceName", "drainDuration", "discoveryAddress",
        "discoveryRefreshDelay", "zipkinAddress", "statsdUdpAddress", "envoyMetricsServiceAddress", "proxyAdminPort",
        "availabilityZone", "controlPlaneAuthPolicy", "customConfigFile", "statNameLength", "concurrency",
        "proxyBootstrapTemplatePath", "interceptionMode", "tracing", "sds", "envoyAccessLogService", "envoyMetricsService",
        "proxyMetadata", "runtimeValues", "statusPort", "extraStatTags", "gatewayTopology", "terminationDrainDuration",
        "meshId", "readinessProbe", "proxyStatsMatcher", "holdApplicationUntilProxyStarts", "caCertificatesPem", "image",
        "privateKeyProvider", "proxyHeaders", "fileFlushInterval", "fileFlushMinSizeKb",
    ];

    private static readonly string[] DurationKeys = ["drainDuration", "terminationDrainDuration"];

    private static void InvalidProxyConfigAnnotation(MeshRuleContext context, IObjectCreationOperation metadata)
    {
        var symbols = context.Symbols;
        var entries = Entries(Member(metadata, "Annotations"), out _);
        if (String(Entry(entries, PodFacts.ProxyConfigAnnotation)) is not { } text || OverwrittenBySetProxyConfig(metadata, symbols)) return;

        var subject = Subjects.Of(metadata, symbols, "Metadata");
        var keys = TopLevel(text, out var error);
        if (error is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidProxyConfigAnnotation, metadata, subject, error);
            return;
        }
        foreach (var (key, value) in keys)
        {
            var camel = Camel(key);
            if (camel == "parentShutdownDuration")
            {
                context.Report(DiagnosticDescriptors.InvalidProxyConfigAnnotation, metadata, subject, "has the key '" + key + "', removed in Istio 1.17");
                return;
            }
            if (Array.IndexOf(KnownKeys, camel) < 0 && Closest(camel) is { } known)
            {
                context.Report(DiagnosticDescriptors.InvalidProxyConfigAnnotation, metadata, subject, "has the unknown key '" + key + "' (did you mean '" + known + "'?)");
                return;
            }
            if (Array.IndexOf(DurationKeys, camel) >= 0 && value.Length > 0 && !value.StartsWith("-", StringComparison.Ordinal)
                && ParseGoDuration(value) is null)
            {
                context.Report(DiagnosticDescriptors.InvalidProxyConfigAnnotation, metadata, subject, camel + " '" + value + "' is not a duration");
                return;
            }
        }
        foreach (var (key, value) in keys)
        {
            if (Camel(key) == "drainDuration" && ParseGoDuration(value) is { } drain) ReportDrain(context, metadata, subject, drain, value);
        }
    }

    /// <summary>True when the metadata is the receiver of a SetProxyConfig call, which replaces the annotation.</summary>
    private static bool OverwrittenBySetProxyConfig(IObjectCreationOperation metadata, MeshSymbols symbols)
    {
        IOperation current = metadata;
        for (var parent = metadata.Parent; parent is IArgumentOperation or IConversionOperation or IInvocationOperation; current = parent, parent = parent.Parent)
        {
            if (parent is IInvocationOperation invocation)
            {
                if (!symbols.IsMetadataExtension(invocation.TargetMethod) || current is not IArgumentOperation { Parameter.Ordinal: 0 }) return false;
                if (invocation.TargetMethod.Name == "SetProxyConfig") return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The top-level keys of a YAML block mapping or a JSON/flow mapping, with their scalar values
    /// (unquoted; empty for nested values); <paramref name="error"/> when the text is not a mapping.
    /// </summary>
    internal static List<(string Key, string Value)> TopLevel(string text, out string? error)
    {
        error = null;
        var keys = new List<(string, string)>();
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return keys;
        if (trimmed[0] == '{') return FlowKeys(trimmed, keys, out error);

        var lines = text.Replace("\r\n", "\n").Split('\n');
        var indent = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content[0] == '#' || content == "---") continue;
            if (content[0] == '\t')
            {
                error = "is not valid YAML (line " + (i + 1) + " is indented with a tab)";
                return keys;
            }
            var lineIndent = line.Length - content.Length;
            if (indent < 0) indent = lineIndent;
            if (lineIndent > indent) continue; // a nested value
            var colon = KeyEnd(content);
            if (lineIndent < indent || colon < 0)
            {
                error = "is not a YAML mapping (line " + (i + 1) + ": '" + Shorten(content) + "' is not 'key: value')";
                return keys;
            }
            keys.Add((Unquote(content.Substring(0, colon).Trim()), Unquote(StripComment(content.Substring(colon + 1)).Trim())));
        }
        return keys;
    }

    private static List<(string, string)> FlowKeys(string text, List<(string, string)> keys, out string? error)
    {
        error = null;
        var depth = 0;
        var quote = '\0';
        var token = new StringBuilder();
        string? key = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"' && i + 1 < text.Length) { token.Append(c).Append(text[++i]); continue; }
                if (c == quote) quote = '\0';
                token.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    token.Append(c);
                    break;
                case '{' or '[':
                    depth++;
                    if (depth > 1) token.Append(c);
                    break;
                case '}' or ']':
                    depth--;
                    if (depth < 0) { error = "does not parse (unbalanced braces)"; return keys; }
                    if (depth >= 1) token.Append(c);
                    else if (depth == 0) { Flush(); if (text.Substring(i + 1).Trim().Length > 0) { error = "does not parse (text after the closing brace)"; return keys; } }
                    break;
                case ':' when depth == 1 && key is null:
                    key = Unquote(token.ToString().Trim());
                    token.Clear();
                    break;
                case ',' when depth == 1:
                    Flush();
                    break;
                default:
                    token.Append(c);
                    break;
            }
        }
        if (depth != 0 || quote != '\0') error = "does not parse (unbalanced braces or quotes)";
        return keys;

        void Flush()
        {
            var rest = token.ToString().Trim();
            if (key is not null) keys.Add((key, rest.StartsWith("{", StringComparison.Ordinal) || rest.StartsWith("[", StringComparison.Ordinal) ? "" : Unquote(rest)));
            key = null;
            token.Clear();
        }
    }

    /// <summary>The index of the ':' that ends a plain or quoted key, or -1.</summary>
    private static int KeyEnd(string content)
    {
        var i = 0;
        if (content[0] is '"' or '\'')
        {
            var close = content.IndexOf(content[0], 1);
            if (close < 0) return -1;
            i = close + 1;
        }
        for (; i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' ')) return i;
            if (content[i] == ' ' || content[i] == '#') return -1;
        }
        return -1;
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && (s[0] == '"' && s[s.Length - 1] == '"' || s[0] == '\'' && s[s.Length - 1] == '\'') ? s.Substring(1, s.Length - 2) : s;

    private static string Shorten(string s) => s.Length > 40 ? s.Substring(0, 37) + "..." : s;

    /// <summary>snake_case (which Istio's JSON reader also accepts) to lowerCamelCase.</summary>
    private static string Camel(string key)
    {
        if (key.IndexOf('_') < 0) return key;
        var sb = new StringBuilder();
        var upper = false;
        foreach (var c in key)
        {
            if (c == '_') { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return sb.ToString();
    }

    /// <summary>The known key at most 2 edits away (case-insensitive), or null.</summary>
    private static string? Closest(string key)
    {
        foreach (var known in KnownKeys)
        {
            if (Math.Abs(known.Length - key.Length) <= 2 && Distance(known.ToUpperInvariant(), key.ToUpperInvariant()) <= 2) return known;
        }
        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
