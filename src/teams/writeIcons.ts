import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { renderColorIcon, renderOutlineIcon } from './icons.js';

/** `npx tsx src/teams/writeIcons.ts`: regenerates appPackage/color.png and appPackage/outline.png. */
const appPackageDir = join(PROJECT_ROOT, 'appPackage');
writeFileSync(join(appPackageDir, 'color.png'), renderColorIcon());
writeFileSync(join(appPackageDir, 'outline.png'), renderOutlineIcon());
console.log(`icons written to ${appPackageDir}: color.png (192×192), outline.png (32×32)`);
