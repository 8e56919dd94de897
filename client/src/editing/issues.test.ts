import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { coercionIssue, fieldFor, fieldPath, issuesFromError } from './issues.js';

const known = new Set(['id', 'name', 'rtoHours', 'to', 'redundancy.k', 'provenance.0.document']);

describe('validation issues beside their fields', () => {
  it('maps a batch path to the form field: the whole inner path, else its last segment', () => {
    expect(fieldPath('nodes.0.rtoHours')).toBe('rtoHours');
    expect(fieldPath('relationships.0')).toBe('');
    expect(fieldFor('nodes.0.rtoHours', known)).toBe('rtoHours');
    expect(fieldFor('relationships.0.to', known)).toBe('to');
    expect(fieldFor('relationships.0.redundancy.k', known)).toBe('redundancy.k');
    expect(fieldFor('nodes.0.provenance.0.document', known)).toBe('provenance.0.document');
    expect(fieldFor('nodes.0.provenance.3.section', known)).toBeNull();
    expect(fieldFor('relationships.0', known)).toBeNull();
  });

  it('reads the field and reason out of a GraphQL coercion error', () => {
    expect(
      coercionIssue(
        'Variable "$node" got invalid value "2014-13" at "node.start"; Expected type "PartialDate". [api/PartialDate] invalid input: expected YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    ).toEqual({ path: 'start', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(coercionIssue('something else')).toBeNull();
  });

  it('collects every issue of an error, by field or as general', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('[domain/metamodel] invalid input: …', {
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              { path: 'nodes.0.rtoHours', message: 'Too small: expected number to be >=0' },
              { path: 'nodes.0.id', message: 'id "site:x" names kind Site but the node is a System' },
              { path: 'nodes.0.kind', message: 'odd' },
            ],
          },
        }),
      ],
    });
    expect(issuesFromError(error, known)).toEqual({
      byField: {
        rtoHours: 'Too small: expected number to be >=0',
        id: 'id "site:x" names kind Site but the node is a System',
      },
      general: ['kind: odd'],
      code: 'BAD_USER_INPUT',
    });
  });

  it('keeps a conflict as a general message with its code', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('[store/ladybug] node "system:x" is at version 3, not 2: reload it and try again', {
          extensions: { code: 'CONFLICT' },
        }),
      ],
    });
    expect(issuesFromError(error, known)).toEqual({
      byField: {},
      general: ['node "system:x" is at version 3, not 2: reload it and try again'],
      code: 'CONFLICT',
    });
  });
});
