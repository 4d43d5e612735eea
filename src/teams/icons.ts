import { PNG } from 'pngjs';

/** The brand blue, also the manifest's `accentColor`. */
export const BRAND_BLUE = { r: 0x00, g: 0x5a, b: 0x9c } as const;

/** Pixel sizes Teams requires (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package). */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

// The colour icon's symbol is 96×96 with 48 px padding, because Teams crops it to a rounded square or hexagon.
const COLOR_SYMBOL_SIZE = 96;
const SAMPLES = 8;

/** Whether the point (u, v), both in -1…1 with y pointing down, lies on the compass symbol. */
function insideCompass(u: number, v: number): boolean {
  const r = Math.hypot(u, v);
  const ring = r <= 1 && r >= 0.8;
  // the needle: a diamond pointing north-east, long axis 0.62, half width 0.2
  const along = (u - v) / Math.SQRT2;
  const across = (u + v) / Math.SQRT2;
  const needle = Math.abs(along) / 0.62 + Math.abs(across) / 0.2 <= 1 && r >= 0.08;
  // four ticks at north, east, south and west inside the ring
  const tick = (Math.abs(u) <= 0.05 && Math.abs(v) >= 0.62 && Math.abs(v) < 0.8)
    || (Math.abs(v) <= 0.05 && Math.abs(u) >= 0.62 && Math.abs(u) < 0.8);
  return ring || needle || tick;
}

/** Share (0…1) of the pixel (x, y) the symbol covers, when the symbol fills the square from `offset` with side `size`. */
function coverage(x: number, y: number, offset: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const u = ((x + (sx + 0.5) / SAMPLES - offset) / size) * 2 - 1;
      const v = ((y + (sy + 0.5) / SAMPLES - offset) / size) * 2 - 1;
      if (insideCompass(u, v)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function paint(size: number, pixel: (cover: number) => [number, number, number, number], offset: number, symbolSize: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [r, g, b, a] = pixel(coverage(x, y, offset, symbolSize));
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** The 192×192 colour icon: a white compass on a solid brand-blue square. Same output on every run. */
export function renderColorIcon(): Buffer {
  const size = ICON_SIZES.color;
  const mix = (from: number, cover: number) => Math.round(from + (255 - from) * cover);
  return paint(size, (c) => [mix(BRAND_BLUE.r, c), mix(BRAND_BLUE.g, c), mix(BRAND_BLUE.b, c), 255], (size - COLOR_SYMBOL_SIZE) / 2, COLOR_SYMBOL_SIZE);
}

/** The 32×32 outline icon: the same compass in pure white on transparency, without padding. */
export function renderOutlineIcon(): Buffer {
  const size = ICON_SIZES.outline;
  return paint(size, (c) => [255, 255, 255, Math.round(255 * c)], 0, size);
}
