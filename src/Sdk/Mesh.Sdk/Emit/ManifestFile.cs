using Mesh.Sdk.Hosting;

namespace Mesh.Sdk.Emit;

/// <summary>A manifest file to be written: its path under the output folder, its text and the definition behind it.</summary>
internal sealed record ManifestFile(string RelativePath, string Content, DefinitionEntry Definition, int DocumentCount);
