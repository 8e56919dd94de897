import { describe, expect, it } from 'vitest';
import { formatNodeId, parseNodeId, slugify } from './node-id.js';

describe('node ids', () => {
  it.each([
    'contract:kpsn-unisys',
    'system:kpsn',
    'site:gun-wharf',
    'strategy:technology-strategy-2020-2023',
  ])('round-trips %s', (id) => {
    const ref = parseNodeId(id);
    expect(typeof ref).toBe('object');
    expect(formatNodeId(ref as Exclude<typeof ref, string>)).toBe(id);
  });

  it.each([
    ['kpsn', /not of the form kind:slug/],
    ['gadget:x', /unknown kind "gadget"/],
    ['system:KPSN', /slug/],
    ['system:a--b', /slug/],
    ['system:', /slug/],
  ])('refuses %s, saying why', (id, why) => {
    expect(parseNodeId(id)).toMatch(why);
  });

  it('makes slugs from names', () => {
    expect(slugify('Gun Wharf, Chatham')).toBe('gun-wharf-chatham');
    expect(slugify('Kùzu & Ladybug — 2020/23')).toBe('kuzu-ladybug-2020-23');
  });
});
