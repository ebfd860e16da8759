namespace Mesh.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>How a consumer project references Mesh.Sdk.</summary>
public enum ReferenceStyle
{
    /// <summary><c>&lt;Project Sdk="Mesh.Sdk/x.y.z"&gt;</c>.</summary>
    Sdk,

    /// <summary><c>&lt;PackageReference Include="Mesh.Sdk" /&gt;</c> in a Microsoft.NET.Sdk project.</summary>
    PackageReference,
}

/// <summary>A fresh project outside the repository that uses the packed Mesh.Sdk as a user would.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string DeployDirectory => Path.Combine(Directory, "deploy");

    public static ConsumerProject Create(string name, ReferenceStyle style, string extraProperties = "")
    {
        var dir = Repo.TempDirectory(name);
        var project = style == ReferenceStyle.Sdk
            ? $"""
               <Project Sdk="Mesh.Sdk/{PackedSdk.Version}">
                 <PropertyGroup>
                   <TargetFramework>net10.0</TargetFramework>
                   <Nullable>enable</Nullable>
                   <ImplicitUsings>enable</ImplicitUsings>
                   {extraProperties}
                 </PropertyGroup>
               </Project>
               """
            : $"""
               <Project Sdk="Microsoft.NET.Sdk">
                 <PropertyGroup>
                   <TargetFramework>net10.0</TargetFramework>
                   <Nullable>enable</Nullable>
                   <ImplicitUsings>enable</ImplicitUsings>
                   {extraProperties}
                 </PropertyGroup>
                 <ItemGroup>
                   <PackageReference Include="Mesh.Sdk" Version="{PackedSdk.Version}" />
                 </ItemGroup>
               </Project>
               """;
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), project);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{PackedSdk.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Isolate from any Directory.Build.* above the temp folder.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        return new ConsumerProject(dir, name);
    }

    public void WriteSource(string fileName, string text)
    {
        var path = Path.Combine(Directory, fileName);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void DeleteSource(string fileName) => File.Delete(Path.Combine(Directory, fileName));

    public CommandResult Build(params string[] extra) =>
        Dotnet.Run(Directory, PackedSdk.Environment, ["build", "-tl:off", "-nodeReuse:false", .. extra]);

    public CommandResult Clean() =>
        Dotnet.Run(Directory, PackedSdk.Environment, "clean", "-tl:off", "-nodeReuse:false");

    public string ReadManifest(string name) => File.ReadAllText(Path.Combine(DeployDirectory, name));

    /// <summary>Every file under deploy/ with its bytes and last write time.</summary>
    public Dictionary<string, (string Content, DateTime Written)> SnapshotDeploy() =>
        System.IO.Directory.Exists(DeployDirectory)
            ? System.IO.Directory.EnumerateFiles(DeployDirectory, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(DeployDirectory, p), p => (File.ReadAllText(p), File.GetLastWriteTimeUtc(p)))
            : [];
}
