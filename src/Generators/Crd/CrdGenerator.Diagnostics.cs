using System.Collections.Generic;
using System.Linq;
using Mesh.Sdk.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Mesh.Sdk.Generators.Crd;

public sealed partial class CrdGenerator
{
    /// <summary>Turns diagnostic records into compiler diagnostics, with descriptors built from the shared catalogue.</summary>
    internal static class Diagnostics
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = new[]
        {
            MeshRules.CrdInvalidYaml, MeshRules.CrdNotACrd, MeshRules.CrdInvalid,
            MeshRules.CrdMissingSchema, MeshRules.CrdUnsupportedSchema, MeshRules.CrdDuplicateType,
        }.ToDictionary(r => r.Id, From);

        public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

        public static Diagnostic Create(CrdDiagnostic d)
        {
            var l = d.Location;
            var location = Location.Create(
                l.Path,
                new TextSpan(l.Start, l.Length),
                new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(l.EndLine, l.EndColumn)));
            return Diagnostic.Create(Descriptors[d.RuleId], location, d.Arguments.Cast<object>().ToArray());
        }

        private static DiagnosticDescriptor From(MeshRule rule) =>
            new(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                rule.Severity switch
                {
                    MeshSeverity.Error => DiagnosticSeverity.Error,
                    MeshSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                },
                isEnabledByDefault: true,
                description: null,
                helpLinkUri: rule.HelpUri);
    }
}
