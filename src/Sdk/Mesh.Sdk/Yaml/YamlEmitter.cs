using System.Runtime.CompilerServices;
using System.Text;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// A small block-style YAML emitter in the layout kubectl prints: two-space indentation,
/// sequences at their key's indentation (<c>containers:\n- name: app</c>), <c>{}</c> and
/// <c>[]</c> for empty collections, literal block scalars for multi-line strings.
/// The caller drives it with mapping/sequence/scalar events; it owns layout and quoting.
/// It writes UTF-8 straight into a <see cref="Utf8Buffer"/>: keys arrive encoded (the generated
/// writers' keys are constants), and text is encoded once, where it is written.
/// </summary>
internal sealed class YamlEmitter
{
    /// <summary>Where the next value goes: nowhere yet (document start, or between entries), after "key:", or after "- ".</summary>
    private enum Slot { None, AfterKey, AfterDash }

    private enum FrameKind { Mapping, Sequence }

    private struct Frame
    {
        public FrameKind Kind;
        public int Indent;      // column of keys (mapping) or dashes (sequence)
        public int Count;
        public bool FirstInline; // first entry continues the current line ("- key: v" / "- - v")
        public Slot OpenedIn;
    }

    /// <summary>Below YAML's 1024-character limit for implicit keys, counted in UTF-16 units (the stricter count).</summary>
    private const int MaxImplicitKeyLength = 1000;

    private readonly Utf8Buffer _out;

    /// <summary>Open collections, innermost last; updated in place (a manifest nests about ten deep).</summary>
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private Slot _slot = Slot.None;
    private int _slotIndent;

    public YamlEmitter(Utf8Buffer output) => _out = output;

    /// <summary>
    /// Write every object through the reflection path (<see cref="TypeShape"/>), never through the
    /// generated writers: the reference the tests compare the generated writers with.
    /// </summary>
    public bool ReflectionOnly { get; init; }

    private void Push(in Frame f)
    {
        if (_depth == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_depth++] = f;
    }

    private Frame Pop() => _depth > 0 ? _frames[--_depth] : throw new InvalidOperationException("No open collection.");

    public void Comment(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _out.Write("# "u8);
            _out.Write(line.AsSpan().TrimEnd());
            _out.Write((byte)'\n');
        }
    }

    public void DocumentSeparator() => _out.Write("---\n"u8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void BeginMapping()
    {
        BeginValue();
        var f = new Frame { Kind = FrameKind.Mapping, OpenedIn = _slot };
        switch (_slot)
        {
            case Slot.AfterKey: f.Indent = _slotIndent + 2; break;
            case Slot.AfterDash: f.Indent = _slotIndent + 2; f.FirstInline = true; break;
            default: f.Indent = 0; f.FirstInline = true; break;
        }
        Push(f);
        _slot = Slot.None;
    }

    public void EndMapping() => EndCollection("{}"u8);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void BeginSequence()
    {
        BeginValue();
        var f = new Frame { Kind = FrameKind.Sequence, OpenedIn = _slot };
        switch (_slot)
        {
            case Slot.AfterKey: f.Indent = _slotIndent; break;
            case Slot.AfterDash: f.Indent = _slotIndent + 2; f.FirstInline = true; break;
            default: f.Indent = 0; f.FirstInline = true; break;
        }
        Push(f);
        _slot = Slot.None;
    }

    public void EndSequence() => EndCollection("[]"u8);

    private KeyValuePair<string, string>[] _stringEntries = new KeyValuePair<string, string>[8];
    private object? _otherEntries;

    /// <summary>
    /// An array of at least <paramref name="count"/> entries that a map writer sorts a map's entries in, reused
    /// from map to map (a map's values are scalars: no map is written while another one is sorted).
    /// </summary>
    internal KeyValuePair<string, T>[] Scratch<T>(int count)
    {
        if (typeof(T) == typeof(string))
        {
            if (_stringEntries.Length < count) _stringEntries = new KeyValuePair<string, string>[Math.Max(count, _stringEntries.Length * 2)];
            return (KeyValuePair<string, T>[])(object)_stringEntries;
        }
        if (_otherEntries is KeyValuePair<string, T>[] entries && entries.Length >= count) return entries;
        entries = new KeyValuePair<string, T>[Math.Max(count, 8)];
        _otherEntries = entries;
        return entries;
    }

    /// <summary>Map keys as written (UTF-8), by reference: label and annotation keys are usually the same string instances.</summary>
    private readonly Dictionary<string, byte[]> _keyCache = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes a mapping key; the next event is its value.</summary>
    public void Key(string key)
    {
        if (!_keyCache.TryGetValue(key, out var written))
        {
            written = KeyBytes(FormatKey(key));
            if (_keyCache.Count < 4096) _keyCache.Add(key, written);
        }
        KeyText(written);
    }

    /// <summary>A key formatted by <see cref="FormatKey"/>, as the UTF-8 bytes <see cref="KeyText"/> takes.</summary>
    internal static byte[] KeyBytes(string written) => Encoding.UTF8.GetBytes(written);

    /// <summary>
    /// Writes a mapping key already formatted by <see cref="FormatKey"/> and encoded (<see cref="KeyBytes"/>,
    /// or a <c>u8</c> literal of a plain key); the next event is its value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void KeyText(ReadOnlySpan<byte> written)
    {
        if (_depth == 0) throw new InvalidOperationException("No open mapping.");
        ref var f = ref _frames[_depth - 1];
        if (f.Count == 0 && f.FirstInline)
        {
            // continue the line: root column 0, or right after "- "
        }
        else
        {
            if (f.Count == 0) _out.Write((byte)'\n'); // first key under "key:"
            _out.WriteSpaces(f.Indent);
        }
        f.Count++;
        // Never more UTF-16 units than bytes: the count is needed only for a long key.
        if (written.Length > MaxImplicitKeyLength && Encoding.UTF8.GetCharCount(written) > MaxImplicitKeyLength)
        {
            // YAML limits "key: value" keys to 1024 characters; longer ones need an explicit "? key".
            _out.Write("? "u8);
            _out.Write(written);
            _out.Write((byte)'\n');
            _out.WriteSpaces(f.Indent);
        }
        else
        {
            _out.Write(written);
        }
        _out.Write((byte)':');
        _slot = Slot.AfterKey;
        _slotIndent = f.Indent;
    }

    /// <summary>A string scalar, quoted or written as a block as <see cref="YamlScalars"/> decides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void String(string value)
    {
        BeginValue();
        var style = YamlScalars.Classify(value);
        if (style == StringStyle.Literal)
        {
            WriteLiteral(value);
            return;
        }
        if (_slot == Slot.AfterKey) _out.Write((byte)' ');
        if (style == StringStyle.Plain) _out.Write(value.AsSpan());
        else YamlScalars.WriteDoubleQuoted(_out, value);
        _out.Write((byte)'\n');
        _slot = Slot.None;
    }

    /// <summary>A plain scalar that is already valid YAML (a number or boolean).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Plain(string text)
    {
        BeginValue();
        if (_slot == Slot.AfterKey) _out.Write((byte)' ');
        _out.Write(text.AsSpan());
        _out.Write((byte)'\n');
        _slot = Slot.None;
    }

    /// <summary>An integer, as <c>ToString(null, InvariantCulture)</c> writes it, without a string per value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Integer(long value)
    {
        BeginValue();
        if (_slot == Slot.AfterKey) _out.Write((byte)' ');
        _out.Write(value);
        _out.Write((byte)'\n');
        _slot = Slot.None;
    }

    public void Scalar(YamlScalar scalar)
    {
        if (scalar.IsString) String(scalar.Text);
        else Plain(scalar.Text);
    }

    /// <summary>A key is a plain or double-quoted scalar (never a block: keys are single-line).</summary>
    internal static string FormatKey(string key)
    {
        // " *" is legal in a plain key, but YamlDotNet 16 misreads it as an alias: quote it.
        if (YamlScalars.Classify(key) == StringStyle.Plain && !key.Contains(" *", StringComparison.Ordinal)) return key;
        var sb = new StringBuilder(key.Length + 2);
        YamlScalars.AppendDoubleQuoted(sb, key);
        return sb.ToString();
    }

    /// <summary>Called before any value: opens a sequence entry when inside a sequence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BeginValue()
    {
        if (_depth == 0 || _slot != Slot.None) return;
        ref var f = ref _frames[_depth - 1];
        if (f.Kind != FrameKind.Sequence) return;
        if (f.Count == 0 && f.FirstInline)
        {
            // continue the line
        }
        else
        {
            if (f.Count == 0) _out.Write((byte)'\n');
            _out.WriteSpaces(f.Indent);
        }
        _out.Write("- "u8);
        f.Count++;
        _slot = Slot.AfterDash;
        _slotIndent = f.Indent;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndCollection(ReadOnlySpan<byte> empty)
    {
        var f = Pop();
        if (f.Count == 0)
        {
            if (f.OpenedIn == Slot.AfterKey) _out.Write((byte)' ');
            _out.Write(empty);
            _out.Write((byte)'\n');
        }
        _slot = Slot.None;
    }

    private void WriteLiteral(string value)
    {
        var trailing = 0;
        for (var i = value.Length - 1; i >= 0 && value[i] == '\n'; i--) trailing++;
        var chomp = trailing switch { 0 => "|-\n"u8, 1 => "|\n"u8, _ => "|+\n"u8 };
        if (_slot == Slot.AfterKey) _out.Write((byte)' ');
        _out.Write(chomp);
        var indent = _slot == Slot.None ? 2 : _slotIndent + 2;
        var body = value.AsSpan(0, value.Length - trailing);
        while (true)
        {
            var nl = body.IndexOf('\n');
            var line = nl < 0 ? body : body[..nl];
            if (line.Length > 0)
            {
                _out.WriteSpaces(indent);
                _out.Write(line);
            }
            _out.Write((byte)'\n');
            if (nl < 0) break;
            body = body[(nl + 1)..];
        }
        for (var i = 1; i < trailing; i++) _out.Write((byte)'\n');
        _slot = Slot.None;
    }
}
