using System.Text;

namespace Mesh.Sdk.Conformance.Tests;

/// <summary>A scratch folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mesh-sdk-conformance", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes UTF-8 without BOM, '\n' line ends as given: what Mesh.Sdk's emit step writes.</summary>
    public string Write(string fileName, string text)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
