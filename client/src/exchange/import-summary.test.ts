import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  formatOfName,
  importKey,
  inputProblems,
  summariseChanges,
  type ChangeLike,
} from './import-summary.js';

const node = (kind: string, id: string) => ({ id, kind, name: id });

describe('import summary', () => {
  it('counts added, changed and removed per kind, then per relationship type', () => {
    const changes: ChangeLike[] = [
      { action: 'CREATE', target: 'NODE', targetId: 'system:a', after: node('System', 'system:a') },
      { action: 'CREATE', target: 'NODE', targetId: 'system:b', after: node('System', 'system:b') },
      {
        action: 'UPDATE',
        target: 'NODE',
        targetId: 'site:s',
        before: node('Site', 'site:s'),
        after: node('Site', 'site:s'),
      },
      { action: 'DELETE', target: 'NODE', targetId: 'contract:c', before: node('Contract', 'contract:c') },
      { action: 'CREATE', target: 'RELATIONSHIP', targetId: 'r1', after: { type: 'HOSTED_AT' } },
      { action: 'DELETE', target: 'RELATIONSHIP', targetId: 'r2', before: { type: 'DEPENDS_ON' } },
    ];
    expect(summariseChanges(changes)).toEqual([
      { target: 'NODE', name: 'Contract', added: 0, changed: 0, removed: 1 },
      { target: 'NODE', name: 'Site', added: 0, changed: 1, removed: 0 },
      { target: 'NODE', name: 'System', added: 2, changed: 0, removed: 0 },
      { target: 'RELATIONSHIP', name: 'DEPENDS_ON', added: 0, changed: 0, removed: 1 },
      { target: 'RELATIONSHIP', name: 'HOSTED_AT', added: 1, changed: 0, removed: 0 },
    ]);
    expect(summariseChanges([])).toEqual([]);
  });

  it('keys a dry run by format, mode, names and contents: any change asks for a new dry run', () => {
    const files = [{ name: 'graph.json', text: '{}' }];
    const key = importKey('JSON', 'MERGE', files);
    expect(importKey('JSON', 'MERGE', [{ name: 'graph.json', text: '{}' }])).toBe(key);
    expect(importKey('JSON', 'REPLACE', files)).not.toBe(key);
    expect(importKey('CSV', 'MERGE', files)).not.toBe(key);
    expect(importKey('JSON', 'MERGE', [{ name: 'graph.json', text: '{ }' }])).not.toBe(key);
  });

  it('knows the format from the file name', () => {
    expect(formatOfName('graph.JSON')).toBe('JSON');
    expect(formatOfName('nodes.csv')).toBe('CSV');
    expect(formatOfName('model.xml')).toBe('ARCHIMATE');
    expect(formatOfName('notes.txt')).toBeNull();
  });

  it('reads the problems the server names from extensions.issues', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('bad input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [{ path: 'nodes.csv line 3: name', message: 'is required' }, { nonsense: true }],
          },
        }),
      ],
    });
    expect(inputProblems(error)).toEqual([{ path: 'nodes.csv line 3: name', message: 'is required' }]);
  });
});
