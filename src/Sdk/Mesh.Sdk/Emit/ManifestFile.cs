using Mesh.Sdk.Hosting;

namespace Mesh.Sdk.Emit;

/// <summary>A manifest file to be written: its path under the output folder, its content (UTF-8, no BOM) and the definition behind it.</summary>
internal sealed record ManifestFile(string RelativePath, byte[] Content, DefinitionEntry Definition, int DocumentCount);
