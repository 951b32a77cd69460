import type { Route } from '../../app/routes';

/**
 * Where the evidence page's back link goes: where it was opened from. Insights opens it with its
 * period in the address (`#/people/<id>/evidence/<from>/<to>`), the person page without one; the
 * address says it, so a reload or a pasted link still goes back to the right place.
 */
export function evidenceBack(route: Extract<Route, { name: 'evidence' }>, personName: string | null): { route: Route; label: string } {
  if (route.from !== undefined && route.to !== undefined) return { route: { name: 'insights' }, label: 'Insights' };
  return { route: { name: 'person', id: route.id }, label: personName ?? 'Person' };
}
