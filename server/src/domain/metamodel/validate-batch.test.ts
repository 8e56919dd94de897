import { describe, expect, it } from 'vitest';
import { BadInputError } from '../errors.js';
import { checkBatchAgainstGraph, parseBatch } from './validate-batch.js';

const empty = { kinds: new Map(), existingRelationships: new Set<string>() };

describe('batch validation', () => {
  it('names the field and reason for every shape problem', () => {
    const error = (() => {
      try {
        parseBatch({
          nodes: [{ kind: 'Contract', id: 'system:x', name: '', end: '2015-02-30', colour: 'red' }],
        });
      } catch (e) {
        return e as BadInputError;
      }
    })();
    expect(error).toBeInstanceOf(BadInputError);
    expect(error!.issues.map((i) => i.path).sort()).toEqual([
      'nodes.0',
      'nodes.0.end',
      'nodes.0.id',
      'nodes.0.name',
    ]);
    expect(error!.message).toMatch(/names kind System but the node is a Contract/);
  });

  it('refuses an end before the start', () => {
    expect(() =>
      parseBatch({ nodes: [{ kind: 'Project', id: 'project:p', name: 'P', start: '2014-04', end: '2013' }] }),
    ).toThrow(/nodes\.0\.end: ends \(2013\) before it starts \(2014-04\)/);
  });

  it('checks kinds at both ends against the relationship rules', () => {
    const batch = parseBatch({
      nodes: [
        { kind: 'Theme', id: 'theme:t', name: 'T' },
        { kind: 'Strategy', id: 'strategy:s', name: 'S' },
      ],
      relationships: [
        { from: 'theme:t', type: 'PART_OF', to: 'strategy:s' },
        { from: 'strategy:s', type: 'PART_OF', to: 'theme:t' },
      ],
    });
    expect(checkBatchAgainstGraph(batch, empty).map((i) => i.path)).toEqual([
      'relationships.1.from',
      'relationships.1.to',
    ]);
  });

  it('requires one k per redundancy group of a dependant', () => {
    const batch = parseBatch({
      nodes: [
        { kind: 'System', id: 'system:email', name: 'Email' },
        { kind: 'Site', id: 'site:a', name: 'A' },
        { kind: 'Site', id: 'site:b', name: 'B' },
      ],
      relationships: [
        { from: 'system:email', type: 'HOSTED_AT', to: 'site:a', redundancy: { group: 'dc', k: 1 } },
        { from: 'system:email', type: 'HOSTED_AT', to: 'site:b', redundancy: { group: 'dc', k: 2 } },
      ],
    });
    expect(checkBatchAgainstGraph(batch, empty)).toEqual([
      {
        path: 'relationships.1.redundancy.k',
        message: 'group "dc" of system:email needs 1 in relationships.0, not 2',
      },
    ]);
  });
});
