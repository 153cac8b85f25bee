import type { Scenario } from '@rapport/engine';
import { type LibraryCatalog, loadOnce } from '../scenarios/library-catalog';
import { type RoomListing, roomRequest } from './room-api';

/**
 * The room's scenarios as the library shows them: the cards from the room's listing, and each
 * whole scenario fetched from the room (and checked by the engine's schema) when it is opened.
 */
export function roomCatalog(listing: RoomListing): LibraryCatalog {
  return listing.scenarios.map((card) => ({
    ok: true as const,
    file: `room: ${card.id}`,
    card,
    load: loadOnce(async (): Promise<Scenario> => {
      const [{ Scenario: schema }, body] = await Promise.all([
        import('@rapport/engine'),
        roomRequest<unknown>('GET', `/api/room/scenarios/${encodeURIComponent(card.id)}`),
      ]);
      return schema.parse(body);
    }),
  }));
}
