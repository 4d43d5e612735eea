import { describe, expect, it, vi } from 'vitest';
import { postcodeIndex } from '../../../src/core/regions/postcodes.js';

describe('postcodeIndex', () => {
  it('reads the place names of all postal codes when first asked, once', () => {
    const readPlaces = vi.fn(() => ({ '80331': ['München'], '33602': ['Bielefeld'] }));
    const index = postcodeIndex(new Map(), readPlaces);
    expect(readPlaces).not.toHaveBeenCalled();
    expect(index.placesOf('80331')).toEqual(['München']);
    expect(index.placesOf('00000')).toBeUndefined();
    expect(index.placesOf('toString')).toBeUndefined();
    expect(index.size).toBe(2);
    expect(readPlaces).toHaveBeenCalledTimes(1);
  });
});
