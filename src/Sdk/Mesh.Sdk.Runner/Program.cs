using System.Globalization;
using System.Reflection;
using Mesh.Sdk.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Mesh.Sdk.Runner;

/// <summary>
/// Loads the user's built assembly, finds its generated registry through the one
/// <c>[assembly: ManifestRegistry]</c> attribute (no type scanning) and calls its
/// <c>Run(string[])</c>, which is Mesh.Sdk's emit host compiled against the user's own
/// Mesh.Sdk version. Usage: <c>Mesh.Sdk.Runner &lt;assembly.dll&gt; [emit arguments...]</c>.
/// </summary>
internal static class Program
{
    private const string RegistryAttribute = "Mesh.Sdk.Hosting.ManifestRegistryAttribute";
    private const string DiagnosticPrefix = "##mesh-diagnostic";

    public static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: Mesh.Sdk.Runner <assembly.dll> [--output DIR] [--project-dir DIR] [--project-name NAME] [--verify] [--kubernetes-version V] [--istio-version V] [--environments dev;prod]");
            return 2;
        }

        var assemblyPath = Path.GetFullPath(args[0]);
        var options = RunnerOptions.Extract(args[1..], out var emitArgs);
        // Before the user's assembly and Mesh.Sdk load, so the JIT can replay their methods as they do.
        JitProfile.Start(options.JitProfileDirectory);

        Assembly assembly;
        Type? registry;
        try
        {
            var directory = Path.GetDirectoryName(assemblyPath)!;
            var resolver = new AssemblyDependencyResolver(assemblyPath);
            // The user's dependencies resolve from its deps.json and output folder, in the
            // default context, the same way they would when the user's app runs.
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var path = resolver.ResolveAssemblyToPath(name);
                if (path is null)
                {
                    var local = Path.Combine(directory, name.Name + ".dll");
                    path = File.Exists(local) ? local : null;
                }
                return path is null ? null : context.LoadFromAssemblyPath(path);
            };
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, name) =>
                resolver.ResolveUnmanagedDllToPath(name) is { } p ? NativeLibrary.Load(p) : IntPtr.Zero;
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);
            // Reading the attribute loads its dependencies (Mesh.Sdk.dll): a damaged or missing
            // one fails here, and is the same "could not be loaded" diagnostic, not a crash.
            registry = assembly.GetCustomAttributesData()
                .FirstOrDefault(a => a.AttributeType.FullName == RegistryAttribute)?
                .ConstructorArguments.FirstOrDefault().Value as Type;
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            return Fail(assemblyPath, $"the assembly could not be loaded ({e.GetType().Name}: {e.Message}). Rebuild the project");
        }

        if (registry is null)
        {
            return Fail(assemblyPath,
                "it has no generated manifest registry. Reference Mesh.Sdk so its source generator runs, and make sure the project compiles");
        }

        var run = registry.GetMethod("Run", BindingFlags.Public | BindingFlags.Static, [typeof(string[])]);
        if (run is null)
            return Fail(assemblyPath, $"its registry {registry.FullName} has no Run(string[]) method; the Mesh.Sdk package and its generator do not match");

        // Mesh.Sdk's emit host asks this policy how to report each finding.
        AppContext.SetData(FindingPolicy.AppContextKey, (Func<string[], string[]>)new FindingPolicy(options).Evaluate);

        try
        {
            return (int)run.Invoke(null, [emitArgs])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return Fail(assemblyPath, $"the emit step failed: {e.InnerException}");
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            return Fail(assemblyPath, $"a dependency could not be loaded ({e.GetType().Name}: {e.Message}). Rebuild the project");
        }
    }

    private static bool IsLoadFailure(Exception e) =>
        e is IOException or BadImageFormatException or UnauthorizedAccessException or TypeLoadException;

    private static int Fail(string assemblyPath, string message)
    {
        var rule = MeshRules.RunnerFailed;
        var text = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, Path.GetFileName(assemblyPath), message)
            .Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        Console.WriteLine(string.Join('\t', DiagnosticPrefix, "error", rule.Id, "", "0", rule.HelpUri, text));
        return 1;
    }
}
