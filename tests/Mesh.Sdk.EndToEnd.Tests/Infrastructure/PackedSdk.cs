namespace Mesh.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Mesh.Sdk packed once per test run into a local folder feed, with a version unique to the
/// run and a private NuGet cache, so no earlier build of the package can be picked up.
/// </summary>
internal static class PackedSdk
{
    private static readonly Lazy<(string Feed, string Version, string Cache)> Instance = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Feed => Instance.Value.Feed;

    public static string Version => Instance.Value.Version;

    /// <summary>Environment for consumer builds: the private package cache.</summary>
    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Instance.Value.Cache,
    };

    private static (string, string, string) Pack()
    {
        var root = Repo.TempDirectory("feed");
        var feed = Path.Combine(root, "feed");
        var cache = Path.Combine(root, "packages");
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var result = Dotnet.Run(Repo.Root, null, "pack", "src/Sdk/Mesh.Sdk/Mesh.Sdk.csproj", "-c", "Release",
            "-o", feed, "-p:Version=" + version, "-tl:off", "-nodeReuse:false");
        if (!result.Succeeded) throw new InvalidOperationException("Packing Mesh.Sdk failed.\n" + result);
        return (feed, version, cache);
    }
}
