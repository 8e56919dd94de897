import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nodeValuesQuery } from './node-values.js';

describe('the node values query', () => {
  it('asks for every field each kind has, and is valid GraphQL', () => {
    const text = nodeValuesQuery([
      {
        kind: 'System',
        idPrefix: 'system:',
        fields: [{ name: 'rtoHours', type: 'Float', enumValues: null, doc: '' }],
      },
      { kind: 'Theme', idPrefix: 'theme:', fields: [] },
    ]);
    expect(() => parse(text)).not.toThrow();
    expect(text).toContain('... on System {\n      rtoHours\n    }');
    expect(text).not.toContain('on Theme');
    expect(text).toContain('version');
  });

  it('leaves out names that are not GraphQL names', () => {
    const text = nodeValuesQuery([
      {
        kind: 'System',
        idPrefix: 'system:',
        fields: [{ name: 'a b', type: 'String', enumValues: null, doc: '' }],
      },
    ]);
    expect(text).not.toContain('a b');
  });
});
