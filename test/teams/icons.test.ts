import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR } from '../../src/teams/buildPackage.js';
import { renderColorIcon, renderOutlineIcon } from '../../src/teams/icons.js';
import { checkIcons } from '../../src/teams/pngChecks.js';

const pixels = (png: Buffer) => PNG.sync.read(png).data;

describe('app icons', () => {
  it.each([
    ['color.png', renderColorIcon],
    ['outline.png', renderOutlineIcon],
  ])('the committed %s is what the generator draws', (file, render) => {
    expect(pixels(readFileSync(join(APP_PACKAGE_DIR, file))).equals(pixels(render()))).toBe(true);
    expect(render().equals(render())).toBe(true);
  });

  it('pass the Teams icon checks', () => {
    expect(checkIcons({ colorFile: 'color.png', color: renderColorIcon(), outlineFile: 'outline.png', outline: renderOutlineIcon() })).toEqual([]);
  });

  it('the colour icon keeps its 48 px frame in solid brand blue and draws a white symbol inside', () => {
    const { data, width } = PNG.sync.read(renderColorIcon());
    const at = (x: number, y: number) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    for (const [x, y] of [[0, 0], [47, 96], [96, 47], [144, 96], [96, 144], [191, 191]] as const) expect(at(x, y)).toEqual([0x00, 0x5a, 0x9c, 255]);
    let white = 0;
    for (let y = 48; y < 144; y++) for (let x = 48; x < 144; x++) if (at(x, y)[0] === 255) white++;
    expect(white).toBeGreaterThan(500);
  });

  it('the outline symbol reaches the edges (no padding)', () => {
    const { data, width } = PNG.sync.read(renderOutlineIcon());
    const visible = (x: number, y: number) => (data[(y * width + x) * 4 + 3] ?? 0) > 0;
    expect(visible(16, 0) && visible(0, 16) && visible(31, 16) && visible(16, 31)).toBe(true);
  });
});
