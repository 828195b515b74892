import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getJson, type ServiceHit } from '../api.ts';

type Tiles = { url: string; attribution: string } | null;

let tilesAsked: Promise<Tiles> | undefined;
/** The maps' background as the server is configured (asked once per page load). */
function mapTiles(): Promise<Tiles> {
  tilesAsked ??= getJson<{ tiles: Tiles }>('/api/v1/map').then((r) =>
    r.ok ? r.value.tiles : null,
  );
  return tilesAsked;
}

/** Flanders and Brussels, shown when no result has a place. */
const FLANDERS: L.LatLngBoundsExpression = [
  [50.68, 2.54],
  [51.51, 5.92],
];

/**
 * The results on a map, numbered as in the list below it (the list is the map's text equivalent).
 * Each marker is a keyboard stop that opens its service with Enter; without tiles (none
 * configured, or the tile server unreachable) the map shows the places alone.
 */
export default function ResultsMap({
  hits,
  label,
  search,
  withList = false,
  start = 1,
}: {
  hits: ServiceHit[];
  label: string;
  search: string;
  /** Lists the places under the map (where no result list follows it already). */
  withList?: boolean;
  /** The number of the first hit (the list's numbering on later pages). */
  start?: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const [tiles, setTiles] = useState<Tiles | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void mapTiles().then((found) => {
      if (current) setTiles(found);
    });
    return () => {
      current = false;
    };
  }, []);
  // Numbered as the result list beside the map, or as the map's own list of places.
  const placed = hits
    .map((hit, i) => ({ hit, number: start + i, position: hit.position }))
    .flatMap((p) => (p.position === null ? [] : [{ ...p, position: p.position }]))
    .map((p, i) => (withList ? { ...p, number: i + 1 } : p));

  useEffect(() => {
    const container = element.current;
    if (container === null || tiles === undefined) return;
    const map = L.map(container, { scrollWheelZoom: false, attributionControl: true });
    if (tiles !== null)
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
    // Services at the same place share one marker: its popup lists them, each a link.
    const byPlace = new Map<string, typeof placed>();
    for (const p of placed) {
      const key = `${p.position.lat.toFixed(5)},${p.position.lon.toFixed(5)}`;
      byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
    }
    const markers = [...byPlace.values()].map((here) => {
      const [first] = here;
      if (first === undefined) throw new Error('A place without services.');
      const numbers = here.map((p) => p.number);
      const name = here.map((p) => `${String(p.number)}. ${p.hit.name}`).join('; ');
      const marker = L.marker([first.position.lat, first.position.lon], {
        icon: L.divIcon({
          className: 'map-marker',
          html: here.length === 1 ? String(first.number) : `${String(numbers[0])}+`,
          iconSize: [here.length === 1 ? 28 : 36, 28],
        }),
        title: name,
        alt: name,
        keyboard: true,
      });
      if (here.length === 1) {
        // Leaflet turns Enter on a focused marker into a click.
        marker.on('click', () => {
          void navigate(`/diensten/${first.hit.id}${search}`);
        });
      } else {
        const list = document.createElement('ol');
        list.className = 'map-popup';
        for (const p of here) {
          const item = document.createElement('li');
          item.value = p.number;
          const link = document.createElement('a');
          link.href = `/diensten/${p.hit.id}${search}`;
          link.textContent = p.hit.name;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            void navigate(`/diensten/${p.hit.id}${search}`);
          });
          item.append(link);
          list.append(item);
        }
        marker.bindPopup(list);
        // Opened with Enter, the popup takes the focus: its links are the next keys' target.
        marker.on('popupopen', () => {
          list.querySelector('a')?.focus();
        });
      }
      return marker.addTo(map);
    });
    if (markers.length > 0)
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 13 });
    else map.fitBounds(FLANDERS);
    return () => {
      map.remove();
    };
    // The markers follow the hits; navigate and search only change with them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hits, tiles, start]);

  return (
    <figure className="results-map">
      <div
        ref={element}
        className="map"
        role="region"
        aria-label={label}
        aria-describedby="map-caption"
      />
      <figcaption id="map-caption" className="hint">
        {t('map.caption', { placed: placed.length, total: hits.length })}
        {tiles === null && <> {t('map.noTiles')}</>}
      </figcaption>
      {withList && (
        <ol className="map-list">
          {placed.map(({ hit }) => (
            <li key={hit.id}>
              <Link to={`/diensten/${hit.id}${search}`}>{hit.name}</Link>
              {hit.locations.length > 0 && <> — {hit.locations.join(', ')}</>}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
