// Draws the two app icons (deterministic, so regenerating changes nothing): color.png 192×192, a white check mark on
// the Alcaldía's blue, and outline.png 32×32, the same mark in white on a fully transparent background.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeRgba } from './png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function draw(size, background) {
  const pixels = Buffer.alloc(size * size * 4);
  const s = size / 32;
  // A document sheet with a check mark: the quality office's "validated" stamp.
  const inSheet = (x, y) => x >= 8 * s && x < 24 * s && y >= 5 * s && y < 27 * s;
  const onCheck = (x, y) => {
    const distance = (x0, y0, x1, y1) => {
      const t = Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2)));
      return Math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0)));
    };
    return Math.min(distance(11 * s, 16 * s, 15 * s, 20 * s), distance(15 * s, 20 * s, 21 * s, 11 * s)) < 1.6 * s;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const sheet = inSheet(x + 0.5, y + 0.5);
      const check = onCheck(x + 0.5, y + 0.5);
      let rgba;
      if (background) {
        rgba = check ? [0, 83, 155, 255] : sheet ? [255, 255, 255, 255] : [0, 83, 155, 255];
      } else {
        // Outline: the sheet's border and the check in white, everything else transparent.
        const border = sheet && !inSheet(x + 0.5 - 1.5 * s, y + 0.5) | !inSheet(x + 0.5 + 1.5 * s, y + 0.5) | !inSheet(x + 0.5, y + 0.5 - 1.5 * s) | !inSheet(x + 0.5, y + 0.5 + 1.5 * s);
        rgba = check || (sheet && border) ? [255, 255, 255, 255] : [0, 0, 0, 0];
      }
      pixels.set(rgba, i);
    }
  }
  return encodeRgba(size, size, pixels);
}

fs.writeFileSync(path.join(here, '..', 'color.png'), draw(192, true));
fs.writeFileSync(path.join(here, '..', 'outline.png'), draw(32, false));
console.log('color.png (192×192) and outline.png (32×32) written');
