// Minimal PNG reading and writing with Node's zlib: enough to draw the app icons and to check the ones we package.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (width*height*4 bytes) as a PNG. */
export function encodeRgba(width, height, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Reads a PNG's size and colour type and, for 8-bit non-interlaced RGBA or grey+alpha images, its pixels as RGBA
 * (width*height*4 bytes); `pixels` is null for other formats.
 */
export function inspect(buffer) {
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE) || buffer.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('no es un archivo PNG');
  }
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const bitDepth = buffer[24];
  const colorType = buffer[25];
  const interlaced = buffer[28] !== 0;
  let offset = 8;
  const idat = [];
  let hasTransparencyChunk = false;
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    if (type === 'tRNS') hasTransparencyChunk = true;
    offset += 12 + length;
  }
  const result = { width, height, colorType, hasAlpha: colorType === 4 || colorType === 6 || hasTransparencyChunk, pixels: null };
  const channels = { 4: 2, 6: 4 }[colorType];
  if (channels && bitDepth === 8 && !interlaced) {
    const raw = unfilter(zlib.inflateSync(Buffer.concat(idat)), width, height, channels);
    result.pixels = channels === 4 ? raw : greyAlphaToRgba(raw, width * height);
  }
  return result;
}

// Undoes the per-row filters of an 8-bit image with `bpp` bytes per pixel.
function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  if (raw.length < (stride + 1) * height) throw new Error('los datos de la imagen están incompletos');
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter > 4) throw new Error(`filtro de fila desconocido (${filter})`);
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return pixels;
}

function greyAlphaToRgba(grey, count) {
  const rgba = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i++) {
    rgba.fill(grey[i * 2], i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = grey[i * 2 + 1];
  }
  return rgba;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
