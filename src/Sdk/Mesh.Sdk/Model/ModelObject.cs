namespace Mesh.Sdk.Model;

/// <summary>
/// Base of every typed API object and nested value (containers, ports, probes...).
/// It carries only the source location that created it; the YAML writer never emits it.
/// </summary>
/// <remarks>
/// Each derived type exposes a constructor whose two optional parameters are filled by the
/// compiler with the caller's file and line, so <c>new Container { ... }</c> records where
/// it was written. Higher-level types that create objects on the user's behalf set
/// <see cref="Origin"/> to the user's location instead.
/// </remarks>
public abstract class ModelObject
{
    private protected ModelObject(string callerFilePath, int callerLineNumber)
    {
        Origin = new SourceLocation(callerFilePath, callerLineNumber);
    }

    /// <summary>Where this object was created in C#. Not part of the manifest.</summary>
    [WireIgnore]
    public SourceLocation Origin { get; set; }
}
