using System.Globalization;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Diagnostics;

/// <summary>A diagnostic found while building manifests: a rule, where, and the message.</summary>
internal sealed record MeshDiagnostic(MeshRule Rule, MeshSeverity Severity, SourceLocation Location, string Message)
{
    public static MeshDiagnostic Create(MeshRule rule, SourceLocation location, params object?[] args) =>
        new(rule, rule.Severity, location, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, args));

    /// <summary>The canonical MSBuild form: <c>File.cs(12): error MESH1001: message</c>.</summary>
    public override string ToString()
    {
        var where = Location.IsKnown ? $"{Location.FilePath}({Location.Line}): " : "";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Message}";
    }
}
