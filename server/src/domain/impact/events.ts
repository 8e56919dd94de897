// What a what-if run starts from: nodes failing (for a while or for good), contracts lapsing.
import { z } from 'zod';
import { nodeIdSchema } from '../metamodel/schemas.js';
import { PARTIAL_DATE_PATTERN } from '../metamodel/partial-date.js';

const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** The events' schema with ids checked by the given schema (a loaded metamodel's, see
 *  schemasFor in domain/metamodel): the kinds an id may name are the metamodel's. */
export function impactEventSchemaFor(nodeId: z.ZodType<string>) {
  return z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('NODE_FAILS'),
      id: nodeId,
      /** An outage lasting this many hours; absent means it does not come back. */
      hours: z
        .number()
        .positive()
        .max(24 * 365 * 10)
        .optional(),
    }),
    z.strictObject({
      type: z.literal('CONTRACT_LAPSES'),
      id: nodeId,
    }),
    z.strictObject({
      type: z.literal('CONTRACTS_ENDED_BY'),
      /** Every contract ended by this date with no live successor lapses. */
      date: partialDate,
    }),
  ]);
}

/** Events of the council metamodel (saved scenarios, the code's own callers). */
export const impactEventSchema = impactEventSchemaFor(nodeIdSchema);
export type ImpactEvent = z.infer<typeof impactEventSchema>;

export const impactEventsSchema = z.array(impactEventSchema).min(1).max(100);
export const impactEventsSchemaFor = (nodeId: z.ZodType<string>) =>
  z.array(impactEventSchemaFor(nodeId)).min(1).max(100);
export const IMPACT_EVENT_TYPES = ['NODE_FAILS', 'CONTRACT_LAPSES', 'CONTRACTS_ENDED_BY'] as const;
