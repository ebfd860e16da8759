using System.Text;
using Mesh.Sdk.Emit;
using Mesh.Sdk.Hosting;
using Mesh.Sdk.Kubernetes.Core.V1;
using Mesh.Sdk.Yaml;

namespace Mesh.Sdk.Tests.Yaml;

/// <summary>
/// The writer encodes YAML straight into segments of UTF-8: the bytes must be those of encoding the whole
/// text at once, wherever the segment boundaries fall (a character is never split between segments, a
/// surrogate pair stays one character), and the output folder must compare and write them as they are.
/// </summary>
public sealed class Utf8BufferTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [TestCase("é")]
    [TestCase("😀")]
    [TestCase("日本")]
    [TestCase("a😀é😀b")]
    public void Non_ascii_text_at_every_offset_of_a_segment_boundary_encodes_as_the_whole_text(string text)
    {
        for (var pad = 0; pad < 12; pad++)
        {
            var buffer = new Utf8Buffer(firstSegment: 8, maxSegment: 8);
            var prefix = new string('x', pad);
            buffer.Write(prefix.AsSpan());
            buffer.Write(text.AsSpan());
            buffer.Write((byte)'\n');

            Assert.That(buffer.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(prefix + text + "\n")), $"after {pad} bytes");
            // Every segment is valid UTF-8 on its own: no character was cut in two.
            foreach (var segment in buffer.Segments)
                Assert.That(() => Strict.GetString(segment.Span), Throws.Nothing, $"after {pad} bytes");
            Assert.That(buffer.ToString(), Is.EqualTo(prefix + text + "\n"));
        }
    }

    [Test]
    public void A_text_longer_than_a_segment_spans_several_segments()
    {
        var text = string.Concat(Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? "ü😀" : "abc"));
        var buffer = new Utf8Buffer(firstSegment: 16, maxSegment: 64);

        buffer.Write(text.AsSpan());

        Assert.That(buffer.Segments.Count(), Is.GreaterThan(20));
        Assert.That(buffer.Segments.Max(s => s.Length), Is.LessThanOrEqualTo(64));
        Assert.That(buffer.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(text)));
        Assert.That(buffer.Length, Is.EqualTo(Encoding.UTF8.GetByteCount(text)));
    }

    [Test]
    public void Bytes_and_spaces_longer_than_a_segment_are_split_between_segments()
    {
        var buffer = new Utf8Buffer(firstSegment: 4, maxSegment: 32);

        buffer.WriteSpaces(300);
        buffer.Write("key: value\n"u8);
        buffer.Write(-1234567890123L);

        Assert.That(buffer.ToString(), Is.EqualTo(new string(' ', 300) + "key: value\n-1234567890123"));
    }

    [Test]
    public void A_lone_surrogate_becomes_the_replacement_character_as_encoding_the_whole_text_does()
    {
        var text = "a\uD800b\uDC00";
        var buffer = new Utf8Buffer(firstSegment: 4, maxSegment: 4);

        buffer.Write(text.AsSpan());

        Assert.That(buffer.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(text)));
    }

    [Test]
    public void Empty_output_has_no_segment_and_equals_only_an_empty_file()
    {
        var buffer = ManifestWriter.WriteUtf8([]);

        Assert.That(buffer.Length, Is.Zero);
        Assert.That(buffer.Segments, Is.Empty);
        Assert.That(buffer.ToArray(), Is.Empty);
        Assert.That(buffer.ToString(), Is.EqualTo(""));
        Assert.That(buffer.ContentEquals(new MemoryStream()), Is.True);
        Assert.That(buffer.ContentEquals(new MemoryStream([(byte)'\n'])), Is.False);
    }

    [Test]
    public void Content_equals_a_stream_only_with_the_same_bytes()
    {
        var buffer = new Utf8Buffer(firstSegment: 8, maxSegment: 8);
        buffer.Write("name: café-😀\n".AsSpan());
        var bytes = Encoding.UTF8.GetBytes("name: café-😀\n");
        var lastChanged = bytes.ToArray();
        lastChanged[^2] ^= 1;

        Assert.That(buffer.ContentEquals(new MemoryStream(bytes)), Is.True);
        Assert.That(buffer.ContentEquals(new MemoryStream(lastChanged)), Is.False);
        Assert.That(buffer.ContentEquals(new MemoryStream([.. bytes, (byte)'\n'])), Is.False);
        Assert.That(buffer.ContentEquals(new MemoryStream(bytes[..^1])), Is.False);
    }

    [Test]
    public void Small_segments_give_the_same_yaml_as_one_segment()
    {
        var map = new ConfigMap { Metadata = new() { Name = "settings", Labels = { ["app"] = "café" } } };
        map.Data["script.sh"] = "#!/bin/sh\necho \"héllo 😀\"\n\nexit 0\n";
        map.Data["emoji-😀"] = "😀 at start";
        map.Data["quoted"] = "yes";
        map.Data["escaped"] = "tab\there \u2028 é";
        map.Data["long"] = string.Concat(Enumerable.Repeat("é😀x", 200));

        var small = new Utf8Buffer(firstSegment: 4, maxSegment: 16);
        ManifestWriter.WriteValue(new YamlEmitter(small), map);
        var whole = ManifestWriter.WriteValue(map);

        Assert.That(small.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(whole)));
        Assert.That(whole, Does.Contain("""
              script.sh: |
                #!/bin/sh
                echo "héllo 😀"

                exit 0
            """));
        Assert.That(whole, Does.Contain("emoji-😀: 😀 at start\n").And.Contain("quoted: \"yes\"\n").And.Contain("escaped: \"tab\\there \\L é\"\n"));
    }

    [Test]
    public void A_multi_line_value_keeps_its_chomping_across_segment_boundaries()
    {
        foreach (var (value, expected) in new[]
        {
            ("é\nü", "v: |-\n  é\n  ü\n"),
            ("é\nü\n", "v: |\n  é\n  ü\n"),
            ("é\n\nü\n\n", "v: |+\n  é\n\n  ü\n\n"),
        })
        {
            for (var size = 4; size < 12; size++)
            {
                var buffer = new Utf8Buffer(firstSegment: size, maxSegment: size);
                ManifestWriter.WriteValue(new YamlEmitter(buffer), new Dictionary<string, string> { ["v"] = value });

                Assert.That(buffer.ToString(), Is.EqualTo(expected), $"segments of {size} bytes");
            }
        }
    }

    [Test]
    public void A_key_is_explicit_only_past_1000_characters_not_past_1000_bytes()
    {
        var fits = new string('é', 600);    // 1,200 bytes, 600 characters
        var tooLong = new string('é', 1001);

        Assert.That(ManifestWriter.WriteValue(new Dictionary<string, string> { [fits] = "v" }), Is.EqualTo(fits + ": v\n"));
        Assert.That(ManifestWriter.WriteValue(new Dictionary<string, string> { [tooLong] = "v" }), Is.EqualTo("? " + tooLong + "\n: v\n"));
    }

    [Test]
    public void The_output_folder_writes_the_bytes_and_leaves_an_identical_file_alone()
    {
        var root = Path.Combine(Path.GetTempPath(), "mesh-utf8-" + Guid.NewGuid().ToString("N"));
        try
        {
            var text = "# Generated by Mesh.Sdk from project p\nname: café 😀\n" + new string('x', 100);
            var content = new Utf8Buffer(firstSegment: 16, maxSegment: 16);
            content.Write(text.AsSpan());
            var definition = new DefinitionEntry("apps", "Apps", "Apps.cs", 1, () => throw new InvalidOperationException());
            var file = new ManifestFile("apps.yaml", content, definition, 1);
            var folder = new OutputFolder(root, "p");

            folder.Apply(folder.Plan([file]));
            var written = File.ReadAllBytes(Path.Combine(root, "apps.yaml"));
            var second = folder.Plan([file]);
            File.WriteAllBytes(Path.Combine(root, "apps.yaml"), [.. written[..^1], (byte)'y']);
            var afterEdit = folder.Plan([file]);

            Assert.That(written, Is.EqualTo(Encoding.UTF8.GetBytes(text)));
            Assert.That(second.Unchanged, Has.Count.EqualTo(1));
            Assert.That(second.Writes, Is.Empty);
            Assert.That(afterEdit.Writes, Has.Count.EqualTo(1));
            Assert.That(Directory.GetFiles(root), Has.Length.EqualTo(1), "no temporary file left behind");
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
