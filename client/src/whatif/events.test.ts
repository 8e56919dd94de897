import { describe, expect, it } from 'vitest';
import { decodeEvent, describeEvent, encodeEvent, fromEventInput, toEventInput } from './events.js';

describe('what-if events', () => {
  it('encode and decode each type', () => {
    for (const token of [
      'fail:system:kpsn',
      'fail:site:sessions-house:4.5h',
      'lapse:contract:kpsn-unisys',
      'ended:2015-03',
    ]) {
      expect(encodeEvent(decodeEvent(token)!)).toBe(token);
    }
    expect(decodeEvent('fail:not an id')).toBeNull();
    expect(decodeEvent('ended:March')).toBeNull();
  });

  it('send only the fields each type takes (the server rejects the rest)', () => {
    expect(toEventInput({ type: 'NODE_FAILS', id: 'system:kpsn' })).toEqual({
      type: 'NODE_FAILS',
      id: 'system:kpsn',
    });
    expect(toEventInput({ type: 'CONTRACTS_ENDED_BY', date: '2015' })).toEqual({
      type: 'CONTRACTS_ENDED_BY',
      date: '2015',
    });
    expect(fromEventInput({ type: 'NODE_FAILS', id: 'system:kpsn', hours: null, date: null })).toEqual({
      type: 'NODE_FAILS',
      id: 'system:kpsn',
    });
  });

  it('read as sentences', () => {
    const name = (id: string) => (id === 'system:kpsn' ? 'KPSN' : id);
    expect(describeEvent({ type: 'NODE_FAILS', id: 'system:kpsn', hours: 1 }, name)).toBe(
      'KPSN fails for 1 hour',
    );
    expect(describeEvent({ type: 'CONTRACTS_ENDED_BY', date: '2015-03' }, name)).toBe(
      'Every contract ended by 2015-03 lapses',
    );
  });
});
