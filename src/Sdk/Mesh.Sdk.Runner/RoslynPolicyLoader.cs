using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Mesh.Sdk.Runner;

/// <summary>
/// Loads the Roslyn-based policy (roslyn/Mesh.Sdk.Runner.Roslyn.dll) into a load context of its
/// own, the first time the emit step has something to report. Its assemblies never meet the
/// user's, which live in the default context: a project that references another
/// Microsoft.CodeAnalysis or System.Collections.Immutable keeps its own.
/// The compiler is the .NET SDK's own (precompiled, so about twice as fast to start) when this
/// runtime can run it and it is at least the version the policy was built against; else the copy
/// shipped next to the policy.
/// </summary>
internal sealed class RoslynPolicyLoader : AssemblyLoadContext
{
    private const string PolicyAssembly = "Mesh.Sdk.Runner.Roslyn";
    private const string PolicyType = "Mesh.Sdk.Runner.Roslyn.RoslynPolicy";
    private readonly string _policyDirectory;
    private readonly string? _compilerDirectory;

    private RoslynPolicyLoader(string policyDirectory, string? compilerDirectory) : base("Mesh.Sdk.Roslyn." + (compilerDirectory is null ? "shipped" : "sdk"))
    {
        _policyDirectory = policyDirectory;
        _compilerDirectory = compilerDirectory;
    }

    public static string PolicyDirectory => Path.Combine(AppContext.BaseDirectory, "roslyn");

    /// <summary>The policy's <c>Evaluate(request, defaultSeverities, compilerArgs, projectDir)</c>; null when it is not shipped.</summary>
    public static Func<string[], string[], string?, string, string[]>? Load(string? compilerDirectory) =>
        Load(PolicyDirectory, compilerDirectory);

    internal static Func<string[], string[], string?, string, string[]>? Load(string policyDirectory, string? sdkRoslynDirectory)
    {
        var policy = Path.Combine(policyDirectory, PolicyAssembly + ".dll");
        if (!File.Exists(policy)) return null;
        var sdkCompiler = UsableSdkCompiler(sdkRoslynDirectory, policy);
        var shipped = Create(policyDirectory, null);
        if (sdkCompiler is null) return shipped;
        var sdk = Create(policyDirectory, sdkCompiler);
        // The SDK's compiler first; any failure to load or run it falls back to the shipped one.
        return (request, defaults, args, projectDir) =>
        {
            try
            {
                return sdk(request, defaults, args, projectDir);
            }
            catch (Exception e) when (e is TypeLoadException or MissingMemberException or FileLoadException or FileNotFoundException or BadImageFormatException or InvalidCastException or TargetInvocationException)
            {
                Console.WriteLine($"Mesh.Sdk: the SDK's compiler in {sdkCompiler} could not be used ({e.GetType().Name}); using the one shipped with Mesh.Sdk.");
                return shipped(request, defaults, args, projectDir);
            }
        };
    }

    private static Func<string[], string[], string?, string, string[]> Create(string policyDirectory, string? compilerDirectory)
    {
        Func<string[], string[], string?, string, string[]>? evaluate = null;
        return (request, defaults, args, projectDir) =>
        {
            if (evaluate is null)
            {
                var context = new RoslynPolicyLoader(policyDirectory, compilerDirectory);
                var assembly = context.LoadFromAssemblyPath(Path.Combine(policyDirectory, PolicyAssembly + ".dll"));
                evaluate = assembly.GetType(PolicyType, throwOnError: true)!
                    .GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!
                    .CreateDelegate<Func<string[], string[], string?, string, string[]>>();
            }
            return evaluate(request, defaults, args, projectDir);
        };
    }

    /// <summary>
    /// The folder of the SDK's Microsoft.CodeAnalysis*.dll (<c>$(RoslynTargetsPath)/bincore</c>) when
    /// this runtime is at least the framework it targets and its version is at least the policy's.
    /// </summary>
    internal static string? UsableSdkCompiler(string? roslynTargetsPath, string policyAssembly)
    {
        if (string.IsNullOrWhiteSpace(roslynTargetsPath)) return null;
        try
        {
            foreach (var candidate in new[] { Path.Combine(roslynTargetsPath, "bincore"), roslynTargetsPath })
            {
                var common = Path.Combine(candidate, "Microsoft.CodeAnalysis.dll");
                var csharp = Path.Combine(candidate, "Microsoft.CodeAnalysis.CSharp.dll");
                var config = Path.Combine(candidate, "csc.runtimeconfig.json");
                if (!File.Exists(common) || !File.Exists(csharp) || !File.Exists(config)) continue;

                using var json = JsonDocument.Parse(File.ReadAllText(config));
                var tfm = json.RootElement.GetProperty("runtimeOptions").GetProperty("tfm").GetString() ?? "";
                if (!Version.TryParse(tfm.Replace("net", "", StringComparison.Ordinal), out var framework) || framework.Major > Environment.Version.Major) return null;

                var have = AssemblyName.GetAssemblyName(common).Version;
                var needed = ReferencedVersion(policyAssembly, "Microsoft.CodeAnalysis");
                return have is not null && needed is not null && have >= needed ? candidate : null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or BadImageFormatException or ArgumentException)
        {
            return null;
        }
        return null;
    }

    /// <summary>The version of <paramref name="name"/> the assembly at <paramref name="path"/> was compiled against, read from metadata without loading it.</summary>
    private static Version? ReferencedVersion(string path, string name)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in md.AssemblyReferences)
        {
            var reference = md.GetAssemblyReference(handle);
            if (md.GetString(reference.Name) == name) return reference.Version;
        }
        return null;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (_compilerDirectory is not null)
        {
            // The SDK's compiler with the framework's own System.Collections.Immutable and System.Reflection.Metadata.
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                var sdk = Path.Combine(_compilerDirectory, name + ".dll");
                return File.Exists(sdk) ? LoadFromAssemblyPath(sdk) : null;
            }
            return null;
        }
        var candidate = Path.Combine(_policyDirectory, name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
