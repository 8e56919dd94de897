// A saved what-if: a named set of events, kept in the store and re-run on the graph as it is.
import { z } from 'zod';
import { impactEventsSchema } from '../impact/events.js';
import { SLUG_PATTERN } from '../metamodel/node-id.js';
import { safeText } from '../metamodel/text.js';

export const scenarioInputSchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, 'lower-case words joined by hyphens').max(120),
  name: safeText().trim().min(1).max(300),
  description: safeText().trim().max(5000).optional(),
  events: impactEventsSchema,
  /** For updates: the version the editor saw; a different stored version is a CONFLICT. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;

/** The same input with its events left for the impact service to check against the store's
 *  metamodel (their ids name its kinds, which need not be the council's). */
export const scenarioInputShapeSchema = scenarioInputSchema.extend({ events: z.array(z.unknown()) });

export interface Scenario extends Omit<ScenarioInput, 'expectedVersion'> {
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
