using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Meta.V1;

/// <summary>
/// A label query: every <see cref="MatchLabels"/> pair and every <see cref="MatchExpressions"/>
/// requirement must hold (they are ANDed). An empty selector matches everything.
/// </summary>
public sealed class LabelSelector : ModelObject
{
    public LabelSelector([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>matchLabels</c>.</summary>
    public IDictionary<string, string> MatchLabels { get; init; } = new Dictionary<string, string>();

    /// <summary><c>matchExpressions</c>.</summary>
    public IList<LabelSelectorRequirement> MatchExpressions { get; init; } = [];

    /// <summary>True when <paramref name="labels"/> satisfy this selector.</summary>
    public bool Matches(IDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value) return false;
        }
        foreach (var r in MatchExpressions)
        {
            var has = labels.TryGetValue(r.Key, out var actual);
            var ok = r.Operator switch
            {
                LabelSelectorOperator.In => has && r.Values.Contains(actual!),
                LabelSelectorOperator.NotIn => !has || !r.Values.Contains(actual!),
                LabelSelectorOperator.Exists => has,
                LabelSelectorOperator.DoesNotExist => !has,
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }
}

/// <summary>One requirement of a <see cref="LabelSelector"/>.</summary>
public sealed class LabelSelectorRequirement : ModelObject
{
    public LabelSelectorRequirement([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>key</c>: the label key.</summary>
    public required string Key { get; set; }

    /// <summary><c>operator</c>.</summary>
    public required LabelSelectorOperator Operator { get; set; }

    /// <summary><c>values</c>: required for In/NotIn, empty for Exists/DoesNotExist.</summary>
    public IList<string> Values { get; init; } = [];
}

/// <summary>A label selector operator.</summary>
public enum LabelSelectorOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}
