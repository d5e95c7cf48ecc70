using System.Buffers.Binary;
using System.IO.Compression;

namespace MipgTeams.Manifest.Tests;

/// <summary>Just enough PNG for the tests: the header of a file, and made-up icons to feed the package command.</summary>
internal static class Png
{
    internal sealed record Info(int Width, int Height, byte ColorType, bool CornerIsTransparent);

    public static Info Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var colorType = bytes[25];
        // Our icons use filter 0 on every row, so the first pixel's alpha is the 5th byte of the inflated data.
        var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            if (System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4) == "IDAT")
            {
                idat.Write(bytes, offset + 8, length);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var firstRow = new byte[5];
        inflated.ReadExactly(firstRow);
        return new Info(width, height, colorType, colorType == 6 && firstRow[4] == 0);
    }

    /// <summary>An opaque white square: no transparent background.</summary>
    public static byte[] Opaque(int size) => Rgba(size, (_, _) => (255, 255, 255, 255));

    /// <summary>An 8-bit RGBA PNG whose pixel (x, y) is <paramref name="pixel"/>(x, y).</summary>
    public static byte[] Rgba(int size, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        var stride = size * 4 + 1;
        var raw = new byte[stride * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var (r, g, b, a) = pixel(x, y);
                raw.AsSpan(y * stride + 1 + x * 4, 4).SetToValues(r, g, b, a);
            }
        }
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        header[9] = 6;
        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void SetToValues(this Span<byte> span, byte r, byte g, byte b, byte a)
    {
        span[0] = r;
        span[1] = g;
        span[2] = b;
        span[3] = a;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }
}
