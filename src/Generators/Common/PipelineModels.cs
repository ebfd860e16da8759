namespace Mesh.Sdk.Generators.Common;

/// <summary>
/// Whether the compilation references Mesh.Sdk (a type it needs resolves). A class, not a
/// <c>bool</c>: every value that flows between pipeline steps is a reference type, so the
/// compiler's generator driver runs its shared (precompiled) code for them. A value type such as
/// <c>bool</c> or <see cref="EquatableArray{T}"/> makes the JIT compile the driver's node tables
/// again for that type: hundreds of methods, the larger part of the generators' fixed cost
/// on every build.
/// </summary>
internal sealed record MeshSdkReference(bool Present)
{
    public static readonly MeshSdkReference Yes = new(true);
    public static readonly MeshSdkReference No = new(false);

    public static MeshSdkReference Of(bool present) => present ? Yes : No;
}
