namespace Mesh.Sdk.Model;

/// <summary>
/// The field's name on the wire when it is not the C# property name with its first letter
/// lower-cased (<c>TerminationGracePeriodSeconds</c> → <c>terminationGracePeriodSeconds</c>),
/// or an enum value's wire string when it differs from the C# name.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class WireNameAttribute(string name) : Attribute
{
    /// <summary>The exact name the Kubernetes API uses.</summary>
    public string Name { get; } = name;
}

/// <summary>Marks a public property that is not part of the manifest.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class WireIgnoreAttribute : Attribute;
