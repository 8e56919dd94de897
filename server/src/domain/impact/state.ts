// The states a node can be left in, ordered: a node only ever moves up this list during a run.
// - DOWN: not serving.
// - DEGRADED: serving with less function than normal (on a fallback, or needing something degraded).
// - EXPOSED: serving fully with less redundancy than designed (a k-of-N group lost members but
//   kept k), or needing something exposed: one more failure away from going down.
// - AT_RISK: a strategy, theme or project that loses something it needs; reported apart.
import { CODE_METAMODEL } from '../metamodel/council.js';
import { kindsWithRole } from '../metamodel/compile.js';

export const IMPACT_STATES = ['UNAFFECTED', 'EXPOSED', 'AT_RISK', 'DEGRADED', 'DOWN'] as const;
export type ImpactState = (typeof IMPACT_STATES)[number];

export const UNAFFECTED = 0;
export const EXPOSED = 1;
export const AT_RISK = 2;
export const DEGRADED = 3;
export const DOWN = 4;

/** The council metamodel's strategic kinds. The engine itself reads the roles of the metamodel
 *  its projection was built with (impact-model.ts); this names the council's for its own tests.
 *  Plans (the council's projects, themes and strategies) are not "down": they are at risk when
 *  what they need is hurt. Which kinds these are is the metamodel's `impactRole`, not a name here. */
export const STRATEGIC_KINDS: ReadonlySet<string> = kindsWithRole(CODE_METAMODEL, 'strategic');

/** Why a node reached its state: the step from its provider, in data and in words. */
export const CAUSE_CODES = [
  'EVENT',
  'DEPENDENCY_DOWN',
  'DEPENDENCY_DEGRADED',
  'DEPENDENCY_EXPOSED',
  'REDUNDANCY_LOST',
  'REDUNDANCY_REDUCED',
  'FALLBACK',
  'FALLBACK_LOST',
  'STRATEGIC_RISK',
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];
