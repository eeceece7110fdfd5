import { describe, expect, it } from 'vitest';
import { fillUp, memoryStorage, throwingStorage } from '../helpers/storage';
import { parseTheme, readTheme, saveTheme, THEME_KEY } from '../../src/lib/theme';

describe('theme store', () => {
  it('accepts only the two themes', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const bad of ['Dark', '', null, undefined, 1, {}, 'system']) expect(parseTheme(bad)).toBeNull();
  });

  it('round-trips a saved choice', () => {
    const storage = memoryStorage();
    expect(saveTheme('dark', () => storage)).toBe(true);
    expect(storage.getItem(THEME_KEY)).toBe('dark');
    expect(readTheme(() => storage)).toBe('dark');
  });

  it('treats a garbage value as no choice', () => {
    expect(readTheme(() => memoryStorage({ [THEME_KEY]: '{"x":1}' }))).toBeNull();
  });

  it('survives storage that throws on access or on write', () => {
    expect(readTheme(throwingStorage)).toBeNull();
    expect(saveTheme('light', throwingStorage)).toBe(false);
    const full = fillUp(memoryStorage());
    expect(saveTheme('light', () => full)).toBe(false);
  });

  it('survives a browser with no storage at all', () => {
    expect(readTheme(() => undefined)).toBeNull();
    expect(saveTheme('dark', () => undefined)).toBe(false);
  });
});
