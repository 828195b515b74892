/**
 * The maps' background is configuration: a tile server of one host (which the page's security
 * policy then allows for images, and nothing else), or none.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';

describe('the map tiles setting', () => {
  it('defaults to OpenStreetMap with its attribution', () => {
    expect(loadConfig({}).mapTiles).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap-bijdragers',
    });
  });

  it('takes another tile server, or none', () => {
    expect(
      loadConfig({
        OMRINGD_MAP_TILES: 'https://tiles.example.be/wmts/{z}/{x}/{y}.png',
        OMRINGD_MAP_ATTRIBUTION: '© Digitaal Vlaanderen',
      }).mapTiles,
    ).toEqual({
      url: 'https://tiles.example.be/wmts/{z}/{x}/{y}.png',
      attribution: '© Digitaal Vlaanderen',
    });
    expect(loadConfig({ OMRINGD_MAP_TILES: 'none' }).mapTiles).toBeNull();
  });

  it('refuses plain http, placeholders in the host and addresses without {z}, {x} and {y}', () => {
    for (const bad of [
      'http://tile.example.be/{z}/{x}/{y}.png',
      'https://{s}.tile.example.be/{z}/{x}/{y}.png',
      'https://tile.example.be/tiles.png',
    ])
      expect(() => loadConfig({ OMRINGD_MAP_TILES: bad })).toThrow(/OMRINGD_MAP_TILES/);
  });
});
