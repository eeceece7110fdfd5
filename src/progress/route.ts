/**
 * Which route the page shows. A guide can be closed by several routes (see
 * items.ts); the reader sees one at a time, picked in this order:
 * 1. the route of a step the address points at (`#step-…`, e.g. from search);
 * 2. the route the address names (`?route=…`, a shared link);
 * 3. the route the reader chose before, as the store kept it;
 * 4. the recommended route, which comes first.
 * A name that is not one of the guide's routes is passed over.
 */
import { routesOf, type ProgressItem } from './items';

/** The query parameter that names a route in a link. */
export const ROUTE_PARAM = 'route';

export function chooseRoute(
  items: readonly ProgressItem[],
  address: { search: string; hash: string },
  stored: string | undefined,
): string {
  const routes = routesOf(items);
  const linked = items.find((item) => item.kind === 'step' && `#${item.key}` === address.hash);
  const named = new URLSearchParams(address.search).get(ROUTE_PARAM);
  const wanted = [linked?.kind === 'step' ? linked.route : undefined, named, stored];
  return wanted.find((route): route is string => !!route && routes.includes(route)) ?? routes[0] ?? '';
}
