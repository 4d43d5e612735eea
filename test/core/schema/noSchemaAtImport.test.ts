import { describe, expect, it, vi } from 'vitest';
import type * as Zod from 'zod';

// counts every zod object schema built, through the `z` namespace the sources import
const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock('zod', async (importOriginal) => {
  const real = await importOriginal<typeof Zod>();
  const counted = <F extends (...args: never[]) => unknown>(build: F) => ((...args: Parameters<F>) => { built.objects += 1; return build(...args); }) as F;
  return { ...real, z: { ...real.z, strictObject: counted(real.z.strictObject), object: counted(real.z.object) } };
});

describe('content schemas at start', () => {
  it('importing the whole server builds no schema but the configuration\'s; loading content from the sources builds them', async () => {
    await import('../../../src/app.js');
    await import('../../../src/config.js');
    expect(built.objects).toBe(1); // the environment schema of src/config.ts, needed at every start
    const { loadContent } = await import('../../../src/core/content.js');
    const { PROJECT_ROOT } = await import('../../../src/paths.js');
    loadContent(PROJECT_ROOT);
    expect(built.objects).toBeGreaterThan(50);
  });
});
