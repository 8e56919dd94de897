import { describe, expect, it } from 'vitest';
import { BadInputError } from '../errors.js';
import { unsafeTextReason } from './text.js';
import { parseBatch } from './validate-batch.js';

const issuesOf = (input: unknown) => {
  try {
    parseBatch(input);
  } catch (error) {
    if (error instanceof BadInputError) return error.issues;
    throw error;
  }
  return [];
};

describe('safe text', () => {
  it.each([
    ['NUL', 'a\u0000b', /control character, U\+0000 at position 2/],
    ['escape', '\u001b[31mred', /control character, U\+001B at position 1/],
    ['DEL', 'a\u007f', /U\+007F/],
    ['a C1 control', 'next\u0085line', /U\+0085/],
    ['a carriage return alone', 'a\rb', /U\+000D/],
    ['a lone high surrogate', 'a\ud800', /surrogate pair, U\+D800 at position 2/],
    ['a lone low surrogate', '\udc00b', /surrogate pair, U\+DC00 at position 1/],
    ['a right-to-left override', 'invoice\u202Efdp.exe', /bidirectional override or isolate, U\+202E/],
    ['a left-to-right embedding', '\u202Ax', /U\+202A/],
    ['a first-strong isolate', 'x\u2068y', /U\+2068/],
    ['a pop directional isolate', 'x\u2069', /U\+2069/],
  ])('refuses %s', (_what, text, reason) => {
    expect(unsafeTextReason(text)).toMatch(reason);
  });

  it.each([
    ['tabs and newlines', 'one\ttwo\nthree'],
    ['Windows line ends', 'one\r\ntwo'],
    ['a surrogate pair (an emoji)', 'ok \ud83d\ude00'],
    ['right-to-left script without controls', 'مجلس مقاطعة كنت'],
    ['the right-to-left mark, which overrides nothing', 'a\u200Fb'],
  ])('accepts %s', (_what, text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });

  it('names every unsafe field of a node: name, aliases, description, provenance, kind text fields', () => {
    const issues = issuesOf({
      nodes: [
        {
          kind: 'Contract',
          id: 'contract:c',
          name: 'C\u0000',
          aliases: ['fine', 'bad\u202E'],
          description: 'x\ud800',
          provenance: [{ document: 'd\u0007', section: 's', quote: 'q\u2066' }],
          supplier: 'Unisys\u001b',
        },
      ],
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      'nodes.0.aliases.1',
      'nodes.0.description',
      'nodes.0.name',
      'nodes.0.provenance.0.document',
      'nodes.0.provenance.0.quote',
      'nodes.0.supplier',
    ]);
  });

  it('names every unsafe field of a relationship: note, redundancy group, provenance', () => {
    const issues = issuesOf({
      relationships: [
        {
          from: 'system:a',
          type: 'HOSTED_AT',
          to: 'site:b',
          note: 'n\u202D',
          redundancy: { group: 'g\u0001', k: 1 },
          provenance: [{ document: 'd', section: '\udfff' }],
        },
      ],
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      'relationships.0.note',
      'relationships.0.provenance.0.section',
      'relationships.0.redundancy.group',
    ]);
  });
});
