import { describe, expect, it } from 'vitest';
import { describeStep, relationshipSentence } from './describe.js';
import type { ExplanationStep } from './explain.js';

// Names of a small graph: a data centre on two sites, email on it, telephony falling back to
// mobiles, a project delivering a theme.
const NAMES: Record<string, string> = {
  'site:sessions-house': 'Sessions House',
  'site:gun-wharf': 'Gun Wharf',
  'system:rdc': 'Regional Data Centre',
  'system:email': 'Email',
  'system:hipath': 'HiPath telephony',
  'system:mobiles': 'Mobile phones',
  'project:cloud-move': 'Cloud move',
  'theme:digital': 'Digital services',
};
const name = (id: string) => NAMES[id] ?? id;

const step = (s: Partial<ExplanationStep> & Pick<ExplanationStep, 'code' | 'node'>): ExplanationStep => ({
  state: 'DOWN',
  reason: '',
  ...s,
});

describe('explanation steps in words', () => {
  it('says the relationship once, in names, with the state it passed on', () => {
    const along = {
      id: 'rel:email-rdc',
      from: 'system:email',
      type: 'DEPENDS_ON' as const,
      to: 'system:rdc',
    };
    expect(
      describeStep(
        step({ code: 'DEPENDENCY_DOWN', node: 'system:email', provider: 'system:rdc', relationship: along }),
        name,
      ),
    ).toBe('Email depends on Regional Data Centre, which is down');
    expect(
      describeStep(
        step({
          code: 'DEPENDENCY_EXPOSED',
          node: 'system:email',
          provider: 'system:rdc',
          relationship: along,
        }),
        name,
      ),
    ).toBe(
      'Email depends on Regional Data Centre, which is exposed, so Email is one more failure away from down',
    );
    expect(
      describeStep(
        step({
          code: 'DEPENDENCY_DEGRADED',
          node: 'system:email',
          provider: 'system:rdc',
          relationship: along,
        }),
        name,
      ),
    ).toBe('Email depends on Regional Data Centre, which is degraded, so Email is degraded too');
  });

  it('puts the provider first where the relationship runs from it (a project delivers a theme)', () => {
    expect(
      describeStep(
        step({
          code: 'STRATEGIC_RISK',
          node: 'theme:digital',
          provider: 'project:cloud-move',
          providerState: 'AT_RISK',
          relationship: {
            id: 'rel:delivers',
            from: 'project:cloud-move',
            type: 'DELIVERS',
            to: 'theme:digital',
          },
        }),
        name,
      ),
    ).toBe('Cloud move, which is at risk, delivers Digital services, so Digital services is at risk');
  });

  it('names a fallback once, and says when it is lost too', () => {
    const hosted = {
      id: 'rel:hosted',
      from: 'system:hipath',
      type: 'HOSTED_AT' as const,
      to: 'site:gun-wharf',
    };
    const common = {
      node: 'system:hipath',
      provider: 'site:gun-wharf',
      relationship: hosted,
      fallback: 'system:mobiles',
    };
    expect(describeStep(step({ code: 'FALLBACK', ...common }), name)).toBe(
      'HiPath telephony is hosted at Gun Wharf, which is down; HiPath telephony falls back to Mobile phones',
    );
    expect(describeStep(step({ code: 'FALLBACK_LOST', ...common }), name)).toBe(
      'HiPath telephony is hosted at Gun Wharf, which is down, and so is Mobile phones, its fallback: HiPath telephony has nothing to fall back to',
    );
  });

  it('names every lost member of a redundancy group, and what is left', () => {
    const group = {
      node: 'system:rdc',
      provider: 'site:sessions-house',
      relationship: {
        id: 'rel:rdc-site',
        from: 'system:rdc',
        type: 'HOSTED_AT' as const,
        to: 'site:sessions-house',
      },
      size: 2,
      k: 1,
    };
    expect(
      describeStep(
        step({ code: 'REDUNDANCY_REDUCED', ...group, lost: ['site:sessions-house'], held: 1 }),
        name,
      ),
    ).toBe('Sessions House is down; Regional Data Centre has 1 of 2 sites left (needs 1)');
    expect(
      describeStep(
        step({ code: 'REDUNDANCY_LOST', ...group, lost: ['site:gun-wharf', 'site:sessions-house'], held: 0 }),
        name,
      ),
    ).toBe('Gun Wharf and Sessions House are down; Regional Data Centre has 0 of 2 sites left and needs 1');
  });

  it('writes a relationship as a sentence, with a verb for every type', () => {
    expect(relationshipSentence({ from: 'system:rdc', type: 'HOSTED_AT', to: 'site:gun-wharf' }, name)).toBe(
      'Regional Data Centre is hosted at Gun Wharf',
    );
    expect(describeStep(step({ code: 'EVENT', node: 'site:gun-wharf', event: 'fails' }), name)).toBe(
      'Gun Wharf fails',
    );
  });
});
