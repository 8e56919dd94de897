import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, formatUrl, isPagePath, parseUrl, type UrlState } from './url-state.js';

const roundTrip = (state: UrlState) => {
  const url = new URL(formatUrl(state), 'http://x');
  return parseUrl(url.pathname, url.search);
};

describe('URL state', () => {
  it('knows which paths are pages: the root and each view, nothing else', () => {
    for (const path of ['/', '', '/explore', '/what-if/', '/contracts', '/strategy', '/explore/system:kpsn'])
      expect(isPagePath(path)).toBe(true);
    for (const path of ['/no/such/page', '/favicon.ico', '/graphql2', '/Explore', '/explorer'])
      expect(isPagePath(path), path).toBe(false);
  });

  it('keeps a fan-out threshold other than the default, and ignores one that is not a whole number from 2', () => {
    const state: UrlState = { ...DEFAULT_STATE, view: 'what-if', fanOut: 4 };
    expect(formatUrl(state)).toBe('/what-if?fanOut=4');
    expect(roundTrip(state)).toEqual(state);
    for (const bad of ['1', '2.5', 'x', ''])
      expect(parseUrl('/explore', `?fanOut=${bad}`).fanOut).toBe(DEFAULT_STATE.fanOut);
  });

  it('writes nothing but the view for the defaults', () => {
    expect(formatUrl(DEFAULT_STATE)).toBe('/explore');
    expect(parseUrl('/', '')).toEqual(DEFAULT_STATE);
  });

  it('round-trips an explorer view with readable ids', () => {
    const state: UrlState = {
      ...DEFAULT_STATE,
      node: 'system:kpsn',
      selected: 'partner:kent-police',
      expanded: ['partner:kent-police', 'site:sessions-house'],
      depth: 2,
      hiddenKinds: ['Site', 'Partner'],
      hiddenTypes: ['USES'],
      layout: 'hierarchy',
      table: true,
    };
    const url = formatUrl(state);
    expect(url).toBe(
      '/explore?node=system:kpsn&sel=partner:kent-police&expand=partner:kent-police,site:sessions-house' +
        '&depth=2&hideKinds=Site,Partner&hideTypes=USES&layout=hierarchy&table=1',
    );
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips what-if events in order, scenarios and comparisons', () => {
    const state: UrlState = {
      ...DEFAULT_STATE,
      view: 'what-if',
      events: [
        { type: 'NODE_FAILS', id: 'site:sessions-house', hours: 8 },
        { type: 'CONTRACT_LAPSES', id: 'contract:kpsn-unisys' },
        { type: 'NODE_FAILS', id: 'system:kpsn' },
        { type: 'CONTRACTS_ENDED_BY', date: '2015-03' },
      ],
      scenario: 'kpsn-lapse',
      compare: 'dc-outage',
    };
    expect(formatUrl(state)).toContain('e=fail:site:sessions-house:8h&e=lapse:contract:kpsn-unisys');
    expect(roundTrip(state)).toEqual(state);
  });

  it('round-trips contract windows', () => {
    const months: UrlState = {
      ...DEFAULT_STATE,
      view: 'contracts',
      asAt: '2015-01-01',
      window: { months: 24 },
    };
    expect(roundTrip(months)).toEqual(months);
    const range: UrlState = { ...months, window: { from: '2014-01-01', to: '2016-06-30' } };
    expect(roundTrip(range)).toEqual(range);
  });

  it('holds the as-at date only when one is chosen: absent means today', () => {
    expect(parseUrl('/explore', '').asAt).toBeNull();
    expect(formatUrl({ ...DEFAULT_STATE, view: 'what-if' })).toBe('/what-if');
    const chosen: UrlState = { ...DEFAULT_STATE, view: 'what-if', asAt: '2013-06-01' };
    expect(formatUrl(chosen)).toBe('/what-if?asAt=2013-06-01');
    expect(roundTrip(chosen)).toEqual(chosen);
  });

  it('falls back to defaults for hand-edited nonsense', () => {
    const state = parseUrl(
      '/nowhere',
      '?depth=9&layout=spiral&hideKinds=Dragon,Site&e=explode:x&asAt=soon&months=5',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, hiddenKinds: ['Site'] });
  });
});
