import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/editDistance.js';

describe('editDistance', () => {
  it.each([
    ['kundigungsschutz', 'kundigungsschutz', 0],
    ['kundigungschutz', 'kundigungsschutz', 1],
    ['eingliderungszuschuss', 'eingliederungszuschuss', 1],
    ['zusatzurlab', 'zusatzurlaub', 1],
    ['arbeitsasistenz', 'arbeitsassistenz', 1],
    ['ausgleisabgab', 'ausgleichsabgab', 2],
    ['bme', 'bem', 1],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops at the limit', () => {
    expect(editDistance('arbeitszeugnis', 'arbeitsleist', 3)).toBe(4);
  });
});
