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
    protected ModelObject(string callerFilePath, int callerLineNumber)
    {
        Origin = new SourceLocation(callerFilePath, callerLineNumber);
    }

    private Dictionary<string, object?>? _additionalFields;

    /// <summary>Where this object was created in C#. Not part of the manifest.</summary>
    [WireIgnore]
    public SourceLocation Origin { get; set; }

    /// <summary>
    /// Fields the typed model does not have yet (a newer API field, a vendor extension), written
    /// after the typed fields in ordinal key order. Values may be strings, numbers, booleans,
    /// lists, dictionaries or model objects. A key that is also a typed field is an error
    /// (MESH1008): set the typed property instead.
    /// </summary>
    [WireIgnore]
    public IDictionary<string, object?> AdditionalFields
    {
        get
        {
            if (_additionalFields is null)
            {
                _additionalFields = new Dictionary<string, object?>(StringComparer.Ordinal);
                Interlocked.Exchange(ref s_additionalFieldsUsed, 1);
            }
            return _additionalFields;
        }
    }

    private static int s_additionalFieldsUsed;

    /// <summary>True once any object in the process has had additional fields (lets validation skip its walk).</summary>
    internal static bool AnyAdditionalFields => Volatile.Read(ref s_additionalFieldsUsed) != 0;

    /// <summary>The additional fields, or null when none were ever added (no allocation).</summary>
    internal IReadOnlyDictionary<string, object?>? AdditionalFieldsOrNull => _additionalFields;
}
