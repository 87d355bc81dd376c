using System.Buffers.Binary;
using System.Text;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Writes the physical pixel density (the PNG <c>pHYs</c> chunk) into an encoded PNG, which
/// SkiaSharp's encoder does not do, so that word processors place a 1800-px-wide 300-dpi chart
/// at 6 inches. Also reads it back.
/// </summary>
/// <remarks>PNG specification §11.3.5.3: pixels per unit X and Y (4-byte big-endian each), unit 1 = metre.</remarks>
public static class PngDensity
{
    private static readonly byte[] s_signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] s_crcTable = BuildCrcTable();

    /// <summary>Returns a copy of <paramref name="png"/> whose only <c>pHYs</c> chunk (right after <c>IHDR</c>) says <paramref name="dpi"/>.</summary>
    /// <param name="png">An encoded PNG.</param>
    /// <param name="dpi">Dots per inch, at least 1.</param>
    /// <returns>The PNG with the density set.</returns>
    /// <exception cref="ArgumentException"><paramref name="png"/> is not a well-formed PNG.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dpi"/> is less than 1.</exception>
    public static byte[] SetDpi(byte[] png, int dpi)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 1);
        uint pixelsPerMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);

        byte[] density = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(density, pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(density.AsSpan(4), pixelsPerMetre);
        density[8] = 1;
        using var output = new MemoryStream(png.Length + 21);
        output.Write(s_signature);
        foreach ((string type, int start, int length) in Chunks(png))
        {
            if (type == "pHYs")
            {
                continue;
            }

            output.Write(png, start, length);
            if (type == "IHDR")
            {
                WriteChunk(output, "pHYs", density);
            }
        }

        return output.ToArray();
    }

    /// <summary>The horizontal density stored in the PNG's <c>pHYs</c> chunk, in dots per inch (rounded).</summary>
    /// <param name="png">An encoded PNG.</param>
    /// <returns>The dpi, or <see langword="null"/> when the PNG has no <c>pHYs</c> chunk in metres.</returns>
    public static int? GetDpi(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        foreach ((string type, int start, int _) in Chunks(png))
        {
            if (type == "pHYs" && png[start + 16] == 1)
            {
                uint ppm = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(start + 8, 4));
                return (int)Math.Round(ppm * 0.0254, MidpointRounding.AwayFromZero);
            }
        }

        return null;
    }

    private static IEnumerable<(string Type, int Start, int Length)> Chunks(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(s_signature))
        {
            throw new ArgumentException("Not a PNG: the 8-byte signature is missing.", nameof(png));
        }

        int offset = 8;
        while (offset < png.Length)
        {
            if (offset + 12 > png.Length)
            {
                throw new ArgumentException($"Truncated PNG chunk at byte {offset}.", nameof(png));
            }

            int dataLength = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset, 4)));
            int total = 12 + dataLength;
            if (offset + total > png.Length)
            {
                throw new ArgumentException($"Truncated PNG chunk at byte {offset}.", nameof(png));
            }

            string type = Encoding.ASCII.GetString(png, offset + 4, 4);
            yield return (type, offset, total);
            offset += total;
        }
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        output.Write(header);
        output.Write(data);
        uint crc = Crc(0xFFFFFFFFu, header[4..]);
        crc = Crc(crc, data) ^ 0xFFFFFFFFu;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
