using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>
/// The generator's YAML reader (YamlDotNet) is a private dependency: it ships next to the
/// generator in the package, not as a reference of whoever references the generator. The tests
/// load the generator as a compile reference, so they resolve YamlDotNet the way the compiler
/// would find it next to the generator: from the package the generator was built with (the
/// central version in Directory.Packages.props, in the NuGet packages folder).
/// </summary>
internal static partial class GeneratorDependencies
{
    [ModuleInitializer]
    internal static void Register() => AssemblyLoadContext.Default.Resolving += Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name != "YamlDotNet") return null;
        var path = YamlDotNetPath();
        return path is null ? null : context.LoadFromAssemblyPath(path);
    }

    internal static string? YamlDotNetPath()
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var version = CentralVersion();
        if (version is null) return null;
        var path = Path.Combine(root, "yamldotnet", version, "lib", "netstandard2.0", "YamlDotNet.dll");
        return File.Exists(path) ? path : null;
    }

    private static string? CentralVersion()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var props = Path.Combine(dir.FullName, "Directory.Packages.props");
            if (!File.Exists(props)) continue;
            var m = VersionRegex().Match(File.ReadAllText(props));
            return m.Success ? m.Groups[1].Value : null;
        }
        return null;
    }

    [GeneratedRegex("<PackageVersion\\s+Include=\"YamlDotNet\"\\s+Version=\"([^\"]+)\"")]
    private static partial Regex VersionRegex();
}
