// What-if events as the client holds them, how they read, how they travel in a URL
// (`fail:system:kpsn`, `fail:system:kpsn:4h`, `lapse:contract:kpsn-unisys`, `ended:2015-03`)
// and what the API receives (only the fields each event type takes: the server is strict).
import type { ImpactEventInput } from '../generated/graphql.js';

export type WhatIfEvent =
  | { readonly type: 'NODE_FAILS'; readonly id: string; readonly hours?: number }
  | { readonly type: 'CONTRACT_LAPSES'; readonly id: string }
  | { readonly type: 'CONTRACTS_ENDED_BY'; readonly date: string };

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const NODE_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function encodeEvent(event: WhatIfEvent): string {
  switch (event.type) {
    case 'NODE_FAILS':
      return event.hours === undefined ? `fail:${event.id}` : `fail:${event.id}:${event.hours}h`;
    case 'CONTRACT_LAPSES':
      return `lapse:${event.id}`;
    case 'CONTRACTS_ENDED_BY':
      return `ended:${event.date}`;
  }
}

/** The event a URL token names, or null when the token is not one (a hand-edited URL). */
export function decodeEvent(token: string): WhatIfEvent | null {
  const colon = token.indexOf(':');
  const verb = token.slice(0, colon);
  const rest = token.slice(colon + 1);
  if (verb === 'fail') {
    const outage = /^(.*):(\d+(?:\.\d+)?)h$/.exec(rest);
    const id = outage ? outage[1]! : rest;
    if (!NODE_ID.test(id)) return null;
    return outage ? { type: 'NODE_FAILS', id, hours: Number(outage[2]) } : { type: 'NODE_FAILS', id };
  }
  if (verb === 'lapse') return NODE_ID.test(rest) ? { type: 'CONTRACT_LAPSES', id: rest } : null;
  if (verb === 'ended') return PARTIAL_DATE.test(rest) ? { type: 'CONTRACTS_ENDED_BY', date: rest } : null;
  return null;
}

export function toEventInput(event: WhatIfEvent): ImpactEventInput {
  switch (event.type) {
    case 'NODE_FAILS':
      return event.hours === undefined ? { type: event.type, id: event.id } : { ...event };
    case 'CONTRACT_LAPSES':
      return { type: event.type, id: event.id };
    case 'CONTRACTS_ENDED_BY':
      return { type: event.type, date: event.date };
  }
}

/** Back from the API's shape (a saved scenario's events), dropping nulls. */
export function fromEventInput(e: {
  type: ImpactEventInput['type'];
  id?: string | null;
  hours?: number | null;
  date?: string | null;
}): WhatIfEvent | null {
  if (e.type === 'NODE_FAILS' && e.id) {
    return e.hours == null ? { type: e.type, id: e.id } : { type: e.type, id: e.id, hours: e.hours };
  }
  if (e.type === 'CONTRACT_LAPSES' && e.id) return { type: e.type, id: e.id };
  if (e.type === 'CONTRACTS_ENDED_BY' && e.date) return { type: e.type, date: e.date };
  return null;
}

/** The node an event starts from, if it names one. */
export const eventNode = (event: WhatIfEvent): string | null =>
  event.type === 'CONTRACTS_ENDED_BY' ? null : event.id;

/** One line for the event list: "fails for 4 hours", "lapses at its end date". */
export function describeEvent(event: WhatIfEvent, name: (id: string) => string): string {
  switch (event.type) {
    case 'NODE_FAILS':
      return event.hours === undefined
        ? `${name(event.id)} fails`
        : `${name(event.id)} fails for ${event.hours} hour${event.hours === 1 ? '' : 's'}`;
    case 'CONTRACT_LAPSES':
      return `${name(event.id)} lapses at its end date`;
    case 'CONTRACTS_ENDED_BY':
      return `Every contract ended by ${event.date} lapses`;
  }
}

export const sameEvents = (a: readonly WhatIfEvent[], b: readonly WhatIfEvent[]): boolean =>
  a.length === b.length && a.every((e, i) => encodeEvent(e) === encodeEvent(b[i]!));
