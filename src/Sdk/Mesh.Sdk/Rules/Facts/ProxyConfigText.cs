using System.Globalization;
using System.Text;

namespace Mesh.Sdk.Rules.Facts;

/// <summary>
/// The text of a <c>proxy.istio.io/config</c> annotation read as Istio reads it (YAML or JSON, a
/// mapping of ProxyConfig fields), for rules that judge hand-written values (MESH001, MESH002) and
/// for the effective ProxyConfig when no typed object is attached.
/// </summary>
/// <remarks>
/// A small reader for the YAML subset such annotations use: block and flow mappings and sequences,
/// plain, single- and double-quoted scalars, <c>|</c>/<c>&gt;</c> block scalars and comments. Mesh.Sdk
/// has no run-time dependencies, so this is not YamlDotNet. Anchors, aliases and tags are reported as
/// <see cref="IsUnsupported"/> (no rule judges them) rather than as errors.
/// Values are <see cref="ProxyConfigScalar"/>, <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to
/// object, or <see cref="IReadOnlyList{T}"/> of object.
/// </remarks>
internal sealed class ProxyConfigText
{
    private ProxyConfigText(string text, IReadOnlyDictionary<string, object?>? fields, string? error, bool unsupported)
    {
        Text = text;
        Fields = fields;
        Error = error;
        IsUnsupported = unsupported;
    }

    /// <summary>The annotation value as written.</summary>
    public string Text { get; }

    /// <summary>The top-level fields, in written order; null when the text does not parse.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; }

    /// <summary>Why the text does not parse ("line 2: ..."), or null.</summary>
    public string? Error { get; }

    /// <summary>True when the text uses YAML this reader does not follow (anchors, tags): not judged.</summary>
    public bool IsUnsupported { get; }

    private ProxySettings.TextValues? _settings;

    /// <summary>The ProxyConfig settings the text sets, read on first use (<see cref="ProxySettings.From(ProxyConfigText, Model.ModelObject)"/>).</summary>
    internal ProxySettings.TextValues Settings => _settings ??= ProxySettings.TextValues.Read(this);

    /// <summary>Reads <paramref name="text"/>; never throws.</summary>
    public static ProxyConfigText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var value = new Reader(text).ReadDocument();
            return value switch
            {
                null => new(text, new Dictionary<string, object?>(StringComparer.Ordinal), null, false),
                IReadOnlyDictionary<string, object?> map => new(text, map, null, false),
                _ => new(text, null, "is not a mapping of ProxyConfig fields", false),
            };
        }
        catch (UnsupportedYamlException)
        {
            return new(text, null, null, true);
        }
        catch (FormatException e)
        {
            return new(text, null, e.Message, false);
        }
    }

    /// <summary>The scalar at <paramref name="key"/> (top level), or null.</summary>
    public ProxyConfigScalar? Scalar(string key) =>
        Fields is not null && Fields.TryGetValue(key, out var v) ? v as ProxyConfigScalar : null;

    /// <summary>The mapping at <paramref name="key"/> (top level), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Map(string key) =>
        Fields is not null && Fields.TryGetValue(key, out var v) ? v as IReadOnlyDictionary<string, object?> : null;

    /// <summary>True when the top level has <paramref name="key"/>.</summary>
    public bool Has(string key) => Fields?.ContainsKey(key) == true;

    private sealed class UnsupportedYamlException : Exception
    {
    }

    private sealed class Reader
    {
        private readonly List<(int Number, int Indent, string Content)> _lines = [];
        private int _index;

        public Reader(string text)
        {
            var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < raw.Length; i++)
            {
                var line = raw[i];
                var indent = 0;
                while (indent < line.Length && line[indent] == ' ') indent++;
                if (indent < line.Length && line[indent] == '\t') throw Fail(i + 1, "tabs cannot indent YAML");
                var content = StripComment(line[indent..]).TrimEnd();
                if (content.Length == 0 || (_lines.Count == 0 && content == "---")) continue;
                _lines.Add((i + 1, indent, content));
            }
        }

        public object? ReadDocument()
        {
            if (_lines.Count == 0) return null;
            var value = ReadNode(_lines[0].Indent);
            if (_index < _lines.Count) throw Fail(_lines[_index].Number, $"unexpected '{_lines[_index].Content}'");
            return value;
        }

        private object? ReadNode(int indent)
        {
            var (number, lineIndent, content) = _lines[_index];
            if (lineIndent != indent) throw Fail(number, "bad indentation");
            if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal)) return ReadSequence(indent);
            if (FindKeySeparator(content) >= 0) return ReadMapping(indent);
            // A lone scalar or flow collection (possibly over several lines).
            _index++;
            return ReadInlineValue(content, number, indent);
        }

        private Dictionary<string, object?> ReadMapping(int indent)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (_index < _lines.Count && _lines[_index].Indent == indent)
            {
                var (number, _, content) = _lines[_index];
                if (content.StartsWith("- ", StringComparison.Ordinal) || content == "-") break;
                var sep = FindKeySeparator(content);
                if (sep < 0) throw Fail(number, $"'{content}' is not 'key: value'");
                var key = ReadKey(content[..sep].TrimEnd(), number);
                var rest = content[(sep + 1)..].Trim();
                _index++;
                map[key] = ReadValueAfterKey(rest, number, indent);
            }
            if (_index < _lines.Count && _lines[_index].Indent > indent) throw Fail(_lines[_index].Number, "bad indentation");
            return map;
        }

        private List<object?> ReadSequence(int indent)
        {
            var list = new List<object?>();
            while (_index < _lines.Count && _lines[_index].Indent == indent
                && (_lines[_index].Content == "-" || _lines[_index].Content.StartsWith("- ", StringComparison.Ordinal)))
            {
                var (number, _, content) = _lines[_index];
                var rest = content.Length == 1 ? "" : content[2..];
                var itemIndent = indent + 2 + (rest.Length - rest.TrimStart().Length);
                rest = rest.Trim();
                if (rest.Length == 0)
                {
                    _index++;
                    list.Add(_index < _lines.Count && _lines[_index].Indent > indent ? ReadNode(_lines[_index].Indent) : null);
                }
                else if (FindKeySeparator(rest) >= 0 && rest[0] is not ('{' or '[' or '"' or '\''))
                {
                    // "- key: value" starts a mapping indented at the key.
                    _lines[_index] = (number, itemIndent, rest);
                    list.Add(ReadMapping(itemIndent));
                }
                else
                {
                    _index++;
                    list.Add(ReadInlineValue(rest, number, indent));
                }
            }
            return list;
        }

        private object? ReadValueAfterKey(string rest, int number, int indent)
        {
            if (rest.Length == 0)
            {
                if (_index < _lines.Count && _lines[_index].Indent > indent) return ReadNode(_lines[_index].Indent);
                // A sequence may sit at the key's own indentation.
                if (_index < _lines.Count && _lines[_index].Indent == indent && _lines[_index].Content.StartsWith('-')) return ReadSequence(indent);
                return null;
            }
            if (rest[0] is '|' or '>') return ReadBlockScalar(rest, number, indent);
            return ReadInlineValue(rest, number, indent);
        }

        private ProxyConfigScalar ReadBlockScalar(string header, int number, int indent)
        {
            var sb = new StringBuilder();
            int? blockIndent = null;
            while (_index < _lines.Count && _lines[_index].Indent > indent)
            {
                blockIndent ??= _lines[_index].Indent;
                var (_, lineIndent, content) = _lines[_index];
                if (sb.Length > 0) sb.Append(header[0] == '|' ? '\n' : ' ');
                sb.Append(new string(' ', Math.Max(0, lineIndent - blockIndent.Value))).Append(content);
                _index++;
            }
            if (!header.Contains('-', StringComparison.Ordinal)) sb.Append('\n');
            _ = number;
            return new ProxyConfigScalar(sb.ToString(), Quoted: true);
        }

        /// <summary>A scalar or flow collection starting on a line, continued on more-indented lines.</summary>
        private object? ReadInlineValue(string text, int number, int indent)
        {
            if (text[0] is '&' or '*' or '!') throw new UnsupportedYamlException();
            if (text[0] is '{' or '[')
            {
                // Join continuation lines until the brackets balance.
                var sb = new StringBuilder(text);
                while (!Balanced(sb.ToString()) && _index < _lines.Count && _lines[_index].Indent > indent - 1)
                {
                    sb.Append(' ').Append(_lines[_index].Content);
                    _index++;
                }
                var flow = new FlowReader(sb.ToString(), number);
                var value = flow.ReadValue();
                flow.ExpectEnd();
                return value;
            }
            if (text[0] is '"' or '\'')
            {
                var pos = 0;
                var s = ReadQuoted(text, ref pos, number);
                if (pos < text.Length) throw Fail(number, $"unexpected text after the quoted string: '{text[pos..]}'");
                return new ProxyConfigScalar(s, Quoted: true);
            }
            // A plain scalar may continue on more-indented lines.
            var plain = new StringBuilder(text);
            while (_index < _lines.Count && _lines[_index].Indent > indent && FindKeySeparator(_lines[_index].Content) < 0)
            {
                plain.Append(' ').Append(_lines[_index].Content);
                _index++;
            }
            return new ProxyConfigScalar(plain.ToString(), Quoted: false);
        }

        private static string ReadKey(string keyText, int number)
        {
            if (keyText.Length == 0) throw Fail(number, "empty key");
            if (keyText[0] is '&' or '*' or '!') throw new UnsupportedYamlException();
            if (keyText[0] is '"' or '\'')
            {
                var pos = 0;
                var key = ReadQuoted(keyText, ref pos, number);
                if (pos != keyText.Length) throw Fail(number, $"bad key '{keyText}'");
                return key;
            }
            if (keyText[0] is '{' or '[' or '?') throw Fail(number, $"'{keyText}' is not a valid key");
            return keyText;
        }

        /// <summary>The index of the ':' that ends a block key (followed by a space or the end), outside quotes; -1 if none.</summary>
        private static int FindKeySeparator(string content)
        {
            if (content.Length == 0 || content[0] is '{' or '[') return -1;
            if (content[0] == '-' && (content.Length == 1 || content[1] == ' ')) return -1;
            var i = 0;
            if (content[0] is '"' or '\'')
            {
                var quote = content[0];
                i = 1;
                while (i < content.Length && content[i] != quote) i += content[i] == '\\' && quote == '"' ? 2 : 1;
                i++;
            }
            for (; i < content.Length; i++)
            {
                if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' ')) return i;
                if (content[i] is '{' or '[' or '"' or '\'' && i > 0 && content[i - 1] == ' ') return -1;
            }
            return -1;
        }

        private static string StripComment(string line)
        {
            var quote = '\0';
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"') i++;
                    else if (c == quote) quote = '\0';
                }
                else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '{' or '[' or ',' or ':')) quote = c;
                else if (c == '#' && (i == 0 || line[i - 1] == ' ')) return line[..i];
            }
            return line;
        }

        private static bool Balanced(string text)
        {
            var depth = 0;
            var quote = '\0';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == '\\' && quote == '"') i++;
                    else if (c == quote) quote = '\0';
                }
                else if (c is '"' or '\'') quote = c;
                else if (c is '{' or '[') depth++;
                else if (c is '}' or ']') depth--;
            }
            return depth <= 0;
        }
    }

    private sealed class FlowReader(string text, int number)
    {
        private int _pos;

        public object? ReadValue()
        {
            SkipSpaces();
            if (_pos >= text.Length) throw Fail(number, "a value is missing");
            var c = text[_pos];
            if (c is '&' or '*' or '!') throw new UnsupportedYamlException();
            if (c == '{') return ReadMap();
            if (c == '[') return ReadList();
            if (c is '"' or '\'') return new ProxyConfigScalar(ReadQuoted(text, ref _pos, number), Quoted: true);
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or '}' or ']')
                && !(text[_pos] == ':' && (_pos + 1 == text.Length || text[_pos + 1] is ' ' or ',' or '}' or ']'))) _pos++;
            var plain = text[start.._pos].Trim();
            if (plain.Length == 0) throw Fail(number, $"a value is missing at column {start + 1}");
            return new ProxyConfigScalar(plain, Quoted: false);
        }

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_pos < text.Length) throw Fail(number, $"unexpected '{text[_pos..]}' after the value");
        }

        private Dictionary<string, object?> ReadMap()
        {
            _pos++; // {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpaces();
            if (Peek() == '}') { _pos++; return map; }
            while (true)
            {
                SkipSpaces();
                var keyNode = ReadValue();
                if (keyNode is not ProxyConfigScalar key) throw Fail(number, "a key must be a string");
                SkipSpaces();
                object? value = null;
                if (Peek() == ':')
                {
                    _pos++;
                    SkipSpaces();
                    value = Peek() is ',' or '}' ? null : ReadValue();
                }
                map[key.Value] = value;
                SkipSpaces();
                var c = Peek();
                _pos++;
                if (c == '}') return map;
                if (c != ',') throw Fail(number, c == '\0' ? "'}' is missing" : $"expected ',' or '}}' but found '{c}'");
                SkipSpaces();
                if (Peek() == '}') { _pos++; return map; }
            }
        }

        private List<object?> ReadList()
        {
            _pos++; // [
            var list = new List<object?>();
            SkipSpaces();
            if (Peek() == ']') { _pos++; return list; }
            while (true)
            {
                list.Add(ReadValue());
                SkipSpaces();
                var c = Peek();
                _pos++;
                if (c == ']') return list;
                if (c != ',') throw Fail(number, c == '\0' ? "']' is missing" : $"expected ',' or ']' but found '{c}'");
                SkipSpaces();
                if (Peek() == ']') { _pos++; return list; }
            }
        }

        private char Peek() => _pos < text.Length ? text[_pos] : '\0';

        private void SkipSpaces()
        {
            while (_pos < text.Length && text[_pos] == ' ') _pos++;
        }
    }

    private static string ReadQuoted(string text, ref int pos, int number)
    {
        var quote = text[pos];
        var sb = new StringBuilder();
        pos++;
        while (pos < text.Length)
        {
            var c = text[pos++];
            if (c == quote)
            {
                if (quote == '\'' && pos < text.Length && text[pos] == '\'') { sb.Append('\''); pos++; continue; }
                return sb.ToString();
            }
            if (c == '\\' && quote == '"' && pos < text.Length)
            {
                var e = text[pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '0': sb.Append('\0'); break;
                    case 'u' when pos + 4 <= text.Length && int.TryParse(text.AsSpan(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        sb.Append((char)code);
                        pos += 4;
                        break;
                    default: sb.Append(e); break;
                }
                continue;
            }
            sb.Append(c);
        }
        throw Fail(number, $"the quoted string {text} is not closed");
    }

    private static FormatException Fail(int line, string message) => new($"line {line}: {message}");
}

/// <summary>A scalar of <see cref="ProxyConfigText"/>: its text and whether it was quoted (quoted text is always a string).</summary>
internal sealed record ProxyConfigScalar(string Value, bool Quoted)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
