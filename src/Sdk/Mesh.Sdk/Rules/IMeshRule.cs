using Mesh.Sdk.Diagnostics;

namespace Mesh.Sdk.Rules;

/// <summary>
/// One rule of the MESH catalogue, evaluated at build time on the objects every definition built.
/// A rule reads the objects and the shared facts through <see cref="RuleContext"/> and reports
/// with <see cref="RuleContext.Report(MeshRule, Model.ModelObject, object?[])"/>; it never throws
/// on odd input (a throwing rule is reported, not fatal, see <see cref="MeshRuleEngine"/>).
/// </summary>
internal interface IMeshRule
{
    /// <summary>The catalogue entry this rule reports (its id, message and default severity).</summary>
    MeshRule Rule { get; }

    /// <summary>Evaluates the rule over everything in <paramref name="context"/>.</summary>
    void Check(RuleContext context);
}
