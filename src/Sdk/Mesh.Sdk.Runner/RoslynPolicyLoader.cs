using System.Reflection;
using System.Runtime.Loader;

namespace Mesh.Sdk.Runner;

/// <summary>
/// Loads the Roslyn-based policy (roslyn/Mesh.Sdk.Runner.Roslyn.dll and the compiler next to it)
/// into its own load context, the first time the emit step has something to report. Its
/// assemblies never meet the user's, which live in the default context: a project that
/// references another Microsoft.CodeAnalysis or System.Collections.Immutable keeps its own.
/// </summary>
internal sealed class RoslynPolicyLoader : AssemblyLoadContext
{
    private const string PolicyAssembly = "Mesh.Sdk.Runner.Roslyn";
    private readonly string _directory;

    private RoslynPolicyLoader(string directory) : base("Mesh.Sdk.Roslyn")
    {
        _directory = directory;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "roslyn");

    /// <summary>The policy's <c>Evaluate(string[] request, string[] defaultSeverities, string? compilerArgs, string projectDir)</c>; null when it is not shipped.</summary>
    public static Func<string[], string[], string?, string, string[]>? Load()
    {
        var directory = Directory;
        var path = Path.Combine(directory, PolicyAssembly + ".dll");
        if (!File.Exists(path)) return null;
        var context = new RoslynPolicyLoader(directory);
        var assembly = context.LoadFromAssemblyPath(path);
        var method = assembly.GetType("Mesh.Sdk.Runner.Roslyn.RoslynPolicy", throwOnError: true)!
            .GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
        return method.CreateDelegate<Func<string[], string[], string?, string, string[]>>();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
