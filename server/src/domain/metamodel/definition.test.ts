// A bad metamodel file is refused naming the line and the reason.
import { describe, expect, it } from 'vitest';
import { MetamodelFileError, parseMetamodelText } from './definition.js';

const GOOD = `name: tiny
lifecycle: { start: Starts., end: Ends., planned: Only planned. }
kinds:
  Box:
    fields:
      size: { type: integer, doc: How big., min: 0, max: 10 }
  Shelf:
    impactRole: place
relationships:
  ON:
    from: [Box]
    to: [Shelf]
    impact: SOURCE
    inverse: HOLDS
    doc: A box sits on a shelf.
`;

function problems(text: string) {
  try {
    parseMetamodelText(text, 'tiny.yaml');
  } catch (error) {
    if (error instanceof MetamodelFileError) return { message: error.message, problems: error.problems };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('parseMetamodelText', () => {
  it('accepts a small good file', () => {
    expect(Object.keys(parseMetamodelText(GOOD, 'tiny.yaml').kinds)).toEqual(['Box', 'Shelf']);
  });

  it('names the line of a relationship end that is no kind', () => {
    const { problems: found, message } = problems(GOOD.replace('to: [Shelf]', 'to: [Shelve]'));
    expect(found).toEqual([
      { line: 12, path: 'relationships.ON.to.0', message: '"Shelve" is not a kind of this metamodel' },
    ]);
    expect(message).toContain('tiny.yaml');
    expect(message).toContain('line 12');
  });

  it('names the line of a field type it does not know', () => {
    const { problems: found } = problems(GOOD.replace('type: integer', 'type: number'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 6, path: 'kinds.Box.fields.size.type' });
  });

  it('names the line of a YAML syntax error', () => {
    const { problems: found } = problems(GOOD.replace('    impactRole: place', '    impactRole: [place'));
    expect(found[0]!.line).toBeGreaterThanOrEqual(8);
  });

  it('refuses an impact direction it does not know, and a duplicate key', () => {
    expect(problems(GOOD.replace('impact: SOURCE', 'impact: UP')).problems[0]).toMatchObject({
      line: 13,
      path: 'relationships.ON.impact',
    });
    expect(problems(GOOD.replace('  Shelf:\n', '  Box:\n')).problems[0]!.message).toMatch(/unique/);
  });

  it('refuses one field name with two types across kinds', () => {
    const text = GOOD.replace(
      '    impactRole: place',
      '    impactRole: place\n    fields:\n      size: { type: text, doc: Label. }',
    );
    expect(problems(text).problems[0]).toMatchObject({ path: 'kinds.Shelf.fields.size', line: 10 });
  });

  it('refuses a kind named as one of the API own types', () => {
    expect(
      problems(GOOD.replace('  Shelf:', '  Node:').replace('to: [Shelf]', 'to: [Node]')).problems[0],
    ).toMatchObject({
      path: 'kinds.Node',
      line: 7,
    });
  });
});
