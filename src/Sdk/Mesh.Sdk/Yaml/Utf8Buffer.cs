using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// UTF-8 text (no BOM) written in segments, the content of one manifest file. The segments grow from a
/// small first one (a single value written for a test or an annotation) to <see cref="MaxSegment"/> bytes:
/// those live on the large object heap, which the GC never copies, and a manifest of any size is never one
/// array nor a second copy. Strings are encoded straight into the segments; a character is never split
/// between two segments, and a string is encoded as a whole (a surrogate pair is one character, a lone
/// surrogate becomes U+FFFD), so the bytes are those of encoding the whole text at once.
/// </summary>
internal sealed class Utf8Buffer
{
    /// <summary>The largest segment: well above the 85,000-byte threshold of the large object heap.</summary>
    internal const int MaxSegment = 256 * 1024;

    /// <summary>The segments before the current one and the bytes used in each.</summary>
    private readonly List<(byte[] Bytes, int Length)> _full = [];
    private readonly int _maxSegment;
    private byte[] _current;
    private int _pos;
    private long _fullLength;

    /// <param name="firstSegment">The first segment's size in bytes; later ones double up to <paramref name="maxSegment"/>.</param>
    /// <param name="maxSegment">The largest segment (smaller only in tests, to cross segment boundaries often).</param>
    public Utf8Buffer(int firstSegment = 1024, int maxSegment = MaxSegment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegment, 4);
        _maxSegment = maxSegment;
        _current = NewArray(Math.Clamp(firstSegment, 4, maxSegment));
    }

    /// <summary>The number of bytes written.</summary>
    public long Length => _fullLength + _pos;

    /// <summary>The written bytes, segment by segment, in order (none when nothing was written).</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            foreach (var (bytes, length) in _full) yield return bytes.AsMemory(0, length);
            if (_pos > 0) yield return _current.AsMemory(0, _pos);
        }
    }

    /// <summary>Writes one ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(byte ascii)
    {
        var buf = _current;
        var pos = _pos;
        if ((uint)pos < (uint)buf.Length)
        {
            buf[pos] = ascii;
            _pos = pos + 1;
        }
        else
        {
            WriteSlow(new ReadOnlySpan<byte>(in ascii));
        }
    }

    /// <summary>Writes UTF-8 bytes as they are (split between segments if need be: only whole text is ever passed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= _current.Length - _pos)
        {
            utf8.CopyTo(_current.AsSpan(_pos));
            _pos += utf8.Length;
        }
        else
        {
            WriteSlow(utf8);
        }
    }

    private static readonly byte[] Spaces = CreateSpaces();

    private static byte[] CreateSpaces()
    {
        var spaces = new byte[256];
        spaces.AsSpan().Fill((byte)' ');
        return spaces;
    }

    /// <summary>Writes <paramref name="count"/> spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteSpaces(int count)
    {
        while (count > Spaces.Length)
        {
            Write(Spaces);
            count -= Spaces.Length;
        }
        Write(Spaces.AsSpan(0, count));
    }

    /// <summary>Writes text, encoded as UTF-8 (ASCII is copied a vector at a time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<char> text)
    {
        // Fast path: the whole text fits even if every character took three bytes.
        if (text.Length <= (_current.Length - _pos) / 3)
        {
            Utf8.FromUtf16(text, _current.AsSpan(_pos), out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            _pos += written;
        }
        else
        {
            WriteCharsSlow(text);
        }
    }

    /// <summary>Writes an integer as <c>ToString(null, InvariantCulture)</c> would, without a string.</summary>
    public void Write(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        value.TryFormat(digits, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        Write(digits[..n]);
    }

    private void WriteCharsSlow(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, _current.AsSpan(_pos), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            _pos += written;
            if (status == OperationStatus.Done) return;
            // DestinationTooSmall: the encoder stops before a character that does not fit whole (a
            // surrogate pair included); it goes on in the next segment.
            text = text[read..];
            NextSegment(Encoding.UTF8.GetMaxByteCount(Math.Min(text.Length, 2)));
        }
    }

    private void WriteSlow(ReadOnlySpan<byte> utf8)
    {
        while (true)
        {
            var n = Math.Min(utf8.Length, _current.Length - _pos);
            utf8[..n].CopyTo(_current.AsSpan(_pos));
            _pos += n;
            utf8 = utf8[n..];
            if (utf8.IsEmpty) return;
            NextSegment(1);
        }
    }

    /// <summary>Starts a segment with room for at least <paramref name="minimum"/> bytes.</summary>
    private void NextSegment(int minimum)
    {
        _full.Add((_current, _pos));
        _fullLength += _pos;
        var size = (int)Math.Min((long)_current.Length * 2, _maxSegment);
        _current = NewArray(Math.Max(size, minimum));
        _pos = 0;
    }

    private static byte[] NewArray(int size) => GC.AllocateUninitializedArray<byte>(size);

    /// <summary>One array of every byte written (for tests and callers that need one).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(bytes.AsSpan(at));
            at += segment.Length;
        }
        return bytes;
    }

    /// <summary>The text (a multi-byte character split between segments is decoded whole).</summary>
    public override string ToString()
    {
        if (_full.Count == 0) return Encoding.UTF8.GetString(_current, 0, _pos);
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = 0;
        foreach (var segment in Segments) chars += decoder.GetCharCount(segment.Span, flush: false);
        chars += decoder.GetCharCount([], flush: true);
        decoder.Reset();
        return string.Create(chars, (this, decoder), static (dest, state) =>
        {
            var (buffer, d) = state;
            var at = 0;
            foreach (var segment in buffer.Segments) at += d.GetChars(segment.Span, dest[at..], flush: false);
            d.GetChars([], dest[at..], flush: true);
        });
    }

    /// <summary>True when <paramref name="file"/> holds exactly these bytes (read a segment at a time; no string, no whole-file array).</summary>
    public bool ContentEquals(Stream file)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            foreach (var segment in Segments)
            {
                for (var rest = segment.Span; !rest.IsEmpty;)
                {
                    var want = Math.Min(rest.Length, scratch.Length);
                    var read = file.ReadAtLeast(scratch.AsSpan(0, want), want, throwOnEndOfStream: false);
                    if (read != want || !scratch.AsSpan(0, want).SequenceEqual(rest[..want])) return false;
                    rest = rest[want..];
                }
            }
            return file.ReadByte() < 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Writes every segment to <paramref name="file"/>, as it is.</summary>
    public void WriteTo(Stream file)
    {
        foreach (var segment in Segments) file.Write(segment.Span);
    }
}
