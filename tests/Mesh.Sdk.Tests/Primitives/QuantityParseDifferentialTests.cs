using System.Globalization;

namespace Mesh.Sdk.Tests.Primitives;

/// <summary>
/// <see cref="Quantity.TryParse"/> reads short unsigned numbers itself instead of through
/// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>: on
/// generated texts it accepts exactly what the previous implementation (kept below as the oracle)
/// accepted, with the same value to the last bit (scale included: <c>1.50</c> stays 150 at scale 2).
/// </summary>
public sealed class QuantityParseDifferentialTests
{
    private static IEnumerable<string> Inputs()
    {
        string[] numbers =
        [
            "0", "1", "00", "007", "250", "1.5", "1.50", "0.000", ".5", "5.", ".", "+", "-", "+5", "-5", "-0", "+0", "-0.0", "--1", "1..2",
            "999999999999999999", "1000000000000000000", "123456789012345678", "1234567890123456789", "12345678901234567.8", "0.000000000000000001",
            "99999999999999999999999999999", "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001",
            "0.00000000000000000000000000001", "18446744073709551615", "18446744073709551616", "1e", "1 ", " 1", "١", "1_000",
        ];
        string[] suffixes =
        [
            "", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "mi", "K", "Gb", " Gi", "e3", "E-3", "e+3", "e+", "e-",
            "e18", "e19", "e-18", "e-19", "e0", "e00", "e+18", "E", "ee", "e1.5", "n", "u",
        ];
        foreach (var n in numbers)
        {
            foreach (var s in suffixes) yield return n + s;
        }

        const string alphabet = "0123456789.+-emkMGiEK ";
        var random = new Random(6);
        for (var k = 0; k < 20_000; k++)
        {
            var length = random.Next(1, 24);
            var chars = new char[length];
            for (var j = 0; j < length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            yield return new string(chars);
        }
        for (var digits = 1; digits <= 30; digits++)
        {
            yield return new string('9', digits);
            yield return new string('9', digits) + "Ei";
            yield return "0." + new string('0', digits) + "1";
            yield return "1" + new string('0', digits) + "m";
        }
        yield return new string('1', 64);
        yield return new string('1', 65);
    }

    [Test]
    public void Parsing_accepts_and_reads_what_the_previous_implementation_did()
    {
        var disagreements = new List<string>();
        var accepted = 0;
        foreach (var text in Inputs().Distinct())
        {
            var ok = Quantity.TryParse(text, out var q);
            var expectedOk = Previous.TryParse(text, out var expected);
            if (ok) accepted++;
            if (ok != expectedOk)
                disagreements.Add($"'{text}': accepted {ok}, was {expectedOk}");
            else if (ok && !decimal.GetBits(q.Value).SequenceEqual(decimal.GetBits(expected)))
                disagreements.Add($"'{text}': {q.Value} [{string.Join(",", decimal.GetBits(q.Value))}], was {expected} [{string.Join(",", decimal.GetBits(expected))}]");
            else if (ok && q.ToString() != text)
                disagreements.Add($"'{text}': written as '{q}'");
        }
        Assert.That(accepted, Is.GreaterThan(1_000), "the inputs include many valid quantities");
        Assert.That(disagreements, Is.Empty);
    }

    /// <summary>Quantity.TryParse before it read short numbers itself (session 6): the value it produced.</summary>
    private static class Previous
    {
        public static bool TryParse(string? text, out decimal value)
        {
            value = default;
            if (string.IsNullOrEmpty(text) || text.Length > 64) return false;
            var s = text.AsSpan();

            var i = 0;
            if (s[i] is '+' or '-') i++;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
            }
            if (digits == 0) return false;
            if (!decimal.TryParse(s[..i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                return false;

            var suffix = s[i..];
            decimal multiplier;
            switch (suffix)
            {
                case "": multiplier = 1m; break;
                case "m": multiplier = 0.001m; break;
                case "k": multiplier = 1e3m; break;
                case "M": multiplier = 1e6m; break;
                case "G": multiplier = 1e9m; break;
                case "T": multiplier = 1e12m; break;
                case "P": multiplier = 1e15m; break;
                case "E": multiplier = 1e18m; break;
                case "Ki": multiplier = 1024m; break;
                case "Mi": multiplier = 1024m * 1024; break;
                case "Gi": multiplier = 1024m * 1024 * 1024; break;
                case "Ti": multiplier = 1024m * 1024 * 1024 * 1024; break;
                case "Pi": multiplier = 1024m * 1024 * 1024 * 1024 * 1024; break;
                case "Ei": multiplier = 1024m * 1024 * 1024 * 1024 * 1024 * 1024; break;
                default:
                    if (suffix[0] is not ('e' or 'E')) return false;
                    var exp = suffix[1..];
                    if (exp.Length == 0 || !int.TryParse(exp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e)) return false;
                    if (exp[0] == '+' && exp.Length == 1) return false;
                    if (e is < -18 or > 18) return false;
                    multiplier = Pow10(e);
                    break;
            }

            try
            {
                value = number * multiplier;
            }
            catch (OverflowException)
            {
                return false;
            }
            return true;
        }

        private static decimal Pow10(int e)
        {
            var r = 1m;
            for (var k = 0; k < Math.Abs(e); k++) r *= 10m;
            return e < 0 ? 1m / r : r;
        }
    }
}
