using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Depgraph.Reporting.Charts;

/// <summary>The resolver that serves fonts loaded from files (the shipped one first) to ScottPlot ahead of its system lookup.</summary>
public static partial class ChartFonts
{
    /// <summary>
    /// Font files loaded in this process, by family name, served to ScottPlot by a resolver that comes before its
    /// system-font resolver. Typefaces live for the process (ScottPlot caches them too).
    /// </summary>
    private sealed class FileFonts : IFontResolver
    {
        private readonly ConcurrentDictionary<string, SKTypeface> _byFamily = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string?> _byPath = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();
        private readonly ConcurrentDictionary<char, char> _radicals = new();
        private bool _registered;

        public char? IdeographSharingGlyphWith(char radical) => _radicals.TryGetValue(radical, out char c) ? c : null;

        /// <summary>Records, for <paramref name="typeface"/>, each radical whose glyph is also a unified ideograph's (lowest such ideograph; first font wins).</summary>
        private void AddRadicals(SKTypeface typeface)
        {
            const int RadicalsFrom = 0x2E80, RadicalsTo = 0x2FDF, IdeographsFrom = 0x3400, IdeographsTo = 0x9FFF;
            int[] radicals = Enumerable.Range(RadicalsFrom, RadicalsTo - RadicalsFrom + 1).ToArray();
            ushort[] radicalGlyphs = typeface.GetGlyphs(radicals);
            var wanted = new HashSet<ushort>(radicalGlyphs.Where(g => g != 0));
            if (wanted.Count == 0)
            {
                return;
            }

            int[] ideographs = Enumerable.Range(IdeographsFrom, IdeographsTo - IdeographsFrom + 1).ToArray();
            ushort[] ideographGlyphs = typeface.GetGlyphs(ideographs);
            var byGlyph = new Dictionary<ushort, char>();
            for (int i = 0; i < ideographs.Length; i++)
            {
                if (wanted.Contains(ideographGlyphs[i]))
                {
                    byGlyph.TryAdd(ideographGlyphs[i], (char)ideographs[i]);
                }
            }

            for (int i = 0; i < radicals.Length; i++)
            {
                if (byGlyph.TryGetValue(radicalGlyphs[i], out char ideograph))
                {
                    _radicals.TryAdd((char)radicals[i], ideograph);
                }
            }
        }

        public SKTypeface? Typeface(string family) => _byFamily.TryGetValue(family, out SKTypeface? t) ? t : null;

        /// <summary>Loads <paramref name="path"/> once; its family name, or <paramref name="family"/> when given; null when it is not a font.</summary>
        public string? Load(string path, string? family = null)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }

            lock (_gate)
            {
                if (_byPath.TryGetValue(full, out string? known))
                {
                    return known;
                }

                string? name = null;
                SKTypeface? typeface = File.Exists(full) ? SKTypeface.FromFile(full) : null;
                if (typeface is not null && typeface.GlyphCount > 0)
                {
                    name = family ?? typeface.FamilyName;
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        name = Path.GetFileNameWithoutExtension(full);
                    }

                    // Another file already registered this family: keep both, under distinct names.
                    if (_byFamily.ContainsKey(name))
                    {
                        name = $"{name} ({Path.GetFileName(full)})";
                    }

                    _byFamily[name] = typeface;
                    AddRadicals(typeface);
                    Register();
                }
                else
                {
                    typeface?.Dispose();
                }

                _byPath[full] = name;
                return name;
            }
        }

        private void Register()
        {
            if (_registered)
            {
                return;
            }

            lock (ChartStyle.FontLock)
            {
                Fonts.FontResolvers.Insert(0, this);
            }

            _registered = true;
        }

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Typeface(fontName);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Typeface(fontName);
    }
}
