import { PNG } from 'pngjs';
import { ICON_SIZES } from './icons.js';
import type { PackageProblem } from './problems.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are no PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // signature (8 bytes), then the IHDR chunk: length (4), type "IHDR" (4), width (4), height (4)
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function checkSize(file: string, bytes: Uint8Array, expected: number, problems: PackageProblem[]): boolean {
  const size = readPngSize(bytes);
  if (!size) {
    problems.push({ file, path: '', message: 'is not a PNG file' });
    return false;
  }
  if (size.width !== expected || size.height !== expected) {
    problems.push({ file, path: '', message: `is ${size.width}×${size.height} pixels, Teams requires ${expected}×${expected}` });
    return false;
  }
  return true;
}

/**
 * Checks the two icons against the Teams rules: colour 192×192, outline 32×32, and the outline only pure white
 * (RGB 255,255,255) with any alpha, everything else fully transparent.
 * @remarks Rules from learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package ("App icons").
 */
export function checkIcons(icons: { colorFile: string; color: Uint8Array; outlineFile: string; outline: Uint8Array }): PackageProblem[] {
  const problems: PackageProblem[] = [];
  checkSize(icons.colorFile, icons.color, ICON_SIZES.color, problems);
  if (!checkSize(icons.outlineFile, icons.outline, ICON_SIZES.outline, problems)) return problems;

  const { data, width } = PNG.sync.read(Buffer.from(icons.outline));
  let offColour = 0;
  let firstOffColour = '';
  let visible = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3] ?? 0;
    if (alpha === 0) continue;
    visible++;
    if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) {
      if (offColour++ === 0) firstOffColour = `x ${(i / 4) % width}, y ${Math.floor(i / 4 / width)}`;
    }
  }
  if (offColour > 0) {
    problems.push({ file: icons.outlineFile, path: firstOffColour, message: `${offColour} visible pixels are not pure white; the outline icon must be white (255,255,255) on transparency` });
  }
  if (visible === 0) problems.push({ file: icons.outlineFile, path: '', message: 'is fully transparent; it needs a white symbol' });
  return problems;
}
