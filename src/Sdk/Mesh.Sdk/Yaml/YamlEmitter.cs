using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// A small block-style YAML emitter in the layout kubectl prints: two-space indentation,
/// sequences at their key's indentation (<c>containers:\n- name: app</c>), <c>{}</c> and
/// <c>[]</c> for empty collections, literal block scalars for multi-line strings.
/// The caller drives it with mapping/sequence/scalar events; it owns layout and quoting.
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

    private readonly StringBuilder _sb;

    /// <summary>Open collections, innermost last; updated in place (a manifest nests about ten deep).</summary>
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private Slot _slot = Slot.None;
    private int _slotIndent;

    public YamlEmitter(StringBuilder sb) => _sb = sb;

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
            _sb.Append("# ").Append(line.TrimEnd()).Append('\n');
    }

    public void DocumentSeparator() => _sb.Append("---\n");

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

    public void EndMapping() => EndCollection("{}");

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

    public void EndSequence() => EndCollection("[]");

    /// <summary>Map keys as written, by reference: label and annotation keys are usually the same string instances.</summary>
    private readonly Dictionary<string, string> _keyCache = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes a mapping key; the next event is its value.</summary>
    public void Key(string key)
    {
        if (!_keyCache.TryGetValue(key, out var written))
        {
            written = FormatKey(key);
            if (_keyCache.Count < 4096) _keyCache.Add(key, written);
        }
        KeyText(written);
    }

    /// <summary>Writes a mapping key already formatted by <see cref="FormatKey"/>; the next event is its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void KeyText(string written)
    {
        if (_depth == 0) throw new InvalidOperationException("No open mapping.");
        ref var f = ref _frames[_depth - 1];
        if (f.Count == 0 && f.FirstInline)
        {
            // continue the line: root column 0, or right after "- "
        }
        else
        {
            if (f.Count == 0) _sb.Append('\n'); // first key under "key:"
            _sb.Append(' ', f.Indent);
        }
        f.Count++;
        if (written.Length > MaxImplicitKeyLength)
        {
            // YAML limits "key: value" keys to 1024 characters; longer ones need an explicit "? key".
            _sb.Append("? ").Append(written).Append('\n').Append(' ', f.Indent);
        }
        else
        {
            _sb.Append(written);
        }
        _sb.Append(':');
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
        if (_slot == Slot.AfterKey) _sb.Append(' ');
        if (style == StringStyle.Plain) _sb.Append(value);
        else YamlScalars.AppendDoubleQuoted(_sb, value);
        _sb.Append('\n');
        _slot = Slot.None;
    }

    /// <summary>A plain scalar that is already valid YAML (a number or boolean).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Plain(string text)
    {
        BeginValue();
        if (_slot == Slot.AfterKey) _sb.Append(' ');
        _sb.Append(text).Append('\n');
        _slot = Slot.None;
    }

    /// <summary>An integer, as <c>ToString(null, InvariantCulture)</c> writes it, without a string per value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Integer(long value)
    {
        BeginValue();
        if (_slot == Slot.AfterKey) _sb.Append(' ');
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
        _sb.Append(digits[..n]).Append('\n');
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
            if (f.Count == 0) _sb.Append('\n');
            _sb.Append(' ', f.Indent);
        }
        _sb.Append("- ");
        f.Count++;
        _slot = Slot.AfterDash;
        _slotIndent = f.Indent;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndCollection(string empty)
    {
        var f = Pop();
        if (f.Count == 0)
        {
            if (f.OpenedIn == Slot.AfterKey) _sb.Append(' ');
            _sb.Append(empty).Append('\n');
        }
        _slot = Slot.None;
    }

    private void WriteLiteral(string value)
    {
        var trailing = 0;
        for (var i = value.Length - 1; i >= 0 && value[i] == '\n'; i--) trailing++;
        var chomp = trailing switch { 0 => "-", 1 => "", _ => "+" };
        if (_slot == Slot.AfterKey) _sb.Append(' ');
        _sb.Append('|').Append(chomp).Append('\n');
        var indent = _slot == Slot.None ? 2 : _slotIndent + 2;
        var body = value.AsSpan(0, value.Length - trailing);
        while (true)
        {
            var nl = body.IndexOf('\n');
            var line = nl < 0 ? body : body[..nl];
            if (line.Length > 0) _sb.Append(' ', indent).Append(line);
            _sb.Append('\n');
            if (nl < 0) break;
            body = body[(nl + 1)..];
        }
        for (var i = 1; i < trailing; i++) _sb.Append('\n');
        _slot = Slot.None;
    }
}
