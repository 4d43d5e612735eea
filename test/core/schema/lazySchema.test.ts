import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../../src/core/schema/lazySchema.js';

const buildEntry = () => z.strictObject({ id: z.string().regex(/^[a-z]+$/), tags: z.array(z.string().trim().min(2)).default([]) });

describe('lazySchema', () => {
  it('builds nothing until first used, then once', () => {
    let builds = 0;
    const schema = lazySchema(() => { builds += 1; return buildEntry(); });
    expect(builds).toBe(0);
    schema.safeParse({ id: 'a' });
    schema.parse({ id: 'b' });
    expect(builds).toBe(1);
  });

  it.each([
    ['valid, with a default applied', { id: 'abc' }],
    ['valid, trimmed', { id: 'abc', tags: ['  xy  '] }],
    ['an unknown key', { id: 'abc', other: 1 }],
    ['a wrong id', { id: 'ABC' }],
    ['a short tag and a missing id', { tags: ['x'] }],
    ['no object at all', 'text'],
  ])('parses %s exactly as the schema built at once', (_case, input) => {
    const lazy = lazySchema(buildEntry).safeParse(input);
    const eager = buildEntry().safeParse(input);
    expect(lazy.success).toBe(eager.success);
    expect(lazy.data).toEqual(eager.data);
    expect(lazy.error?.issues).toEqual(eager.error?.issues);
  });

  it('composes inside other schemas, spreads as an object of fields and answers instanceof', () => {
    const fields = lazySchema(() => ({ name: z.string().min(2) }));
    const inner = lazySchema(buildEntry);
    const outer = lazySchema(() => z.strictObject({ ...fields, entries: z.array(inner).min(1) }));
    expect(outer.parse({ name: 'ab', entries: [{ id: 'x' }] })).toEqual({ name: 'ab', entries: [{ id: 'x', tags: [] }] });
    expect(outer.safeParse({ name: 'a', entries: [] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name', 'entries']);
    expect(inner).toBeInstanceOf(z.ZodObject);
    expect('shape' in inner).toBe(true);
    expect(Object.keys(fields)).toEqual(['name']);
  });
});
