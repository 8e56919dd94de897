import { describe, expect, it } from 'vitest';
import { everyType, withoutVersions } from '../../../../tests/fixtures/exchange/graphs.js';
import { checkBatchAgainstGraph, parseBatch } from '../metamodel/index.js';
import { NODE_COLUMNS, readCsv, writeCsv } from './csv.js';
import type { ParsedImport } from './types.js';

const noGraph = { kinds: new Map(), existingRelationships: new Set<string>() };
const header = NODE_COLUMNS.join(',');
const problemsOf = (parsed: ParsedImport) => parsed.problems.map((p) => `${p.where}: ${p.message}`);

describe('CSV', () => {
  it('round-trips every kind, field and relationship type exactly, without versions', () => {
    const content = everyType();
    const parsed = readCsv(writeCsv(content));
    expect(parsed.problems).toEqual([]);
    expect(parsed.unmapped).toEqual([]);
    expect(parsed.batch).toEqual(withoutVersions(content));
    expect(checkBatchAgainstGraph(parseBatch(parsed.batch), noGraph)).toEqual([]);
    expect(parsed.nodeOrigins[0]).toBe('nodes.csv line 2');
  });

  it('writes the columns people expect, in metamodel order', () => {
    const { nodes, relationships } = writeCsv({ nodes: [], relationships: [] });
    expect(nodes).toBe(
      'id,kind,name,aliases,description,provenance,owner,start,end,planned,code,status,category,hosting,' +
        'criticality,rtoHours,minServiceLevel,supplier,noticeMonths,valueGbp,sector,role,siteKind,location\n',
    );
    expect(relationships).toBe(
      'id,from,type,to,redundancy_group,redundancy_k,fallback,note,provenance,start,end,planned\n',
    );
  });

  it('writes aliases as "a; b", and as JSON only when an alias holds a ";"', () => {
    const { nodes } = writeCsv(everyType());
    expect(nodes).toContain(',Bold Steps; BSfK,');
    expect(nodes).toContain('"[""Priority 2; cloud"",""[bracketed]""]"');
  });

  it('reads a hand-made sheet: loose headers, source/target, blank rows, derived ids', () => {
    const parsed = readCsv({
      nodes:
        'Kind,NAME,Id,RTO hours,aliases\nsystem,Email,,4,Mail; Outlook\n,,,,\nSystem,Email,,,\n\n' +
        'Site,Gun Wharf,,,\nsystem,Email 2,system:email-2,,\n',
      relationships: 'source,Type,target\nsystem:email,hosted at,site:gun-wharf\n',
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.batch.nodes.map((n) => n.id)).toEqual([
      'system:email',
      'system:email-3',
      'site:gun-wharf',
      'system:email-2',
    ]);
    expect(parsed.batch.nodes[0]).toEqual({
      kind: 'System',
      id: 'system:email',
      name: 'Email',
      aliases: ['Mail', 'Outlook'],
      provenance: [],
      rtoHours: 4,
    });
    expect(parsed.nodeOrigins).toEqual([
      'nodes.csv line 2',
      'nodes.csv line 4',
      'nodes.csv line 6',
      'nodes.csv line 7',
    ]);
    expect(parsed.batch.relationships).toEqual([
      { from: 'system:email', type: 'HOSTED_AT', to: 'site:gun-wharf', provenance: [] },
    ]);
  });

  it('names the real line and the column of a bad number, after a cell spanning lines', () => {
    const parsed = readCsv({
      nodes: `${header}\r\nsystem:a,System,A,,"two\r\nlines",\r\n\r\nsystem:b,System,B,,,,,,,,,,,,,four,\r\n`,
    });
    expect(problemsOf(parsed)).toEqual(['nodes.csv line 5, column rtoHours: "four" is not a number']);
    expect(parsed.nodeOrigins).toEqual(['nodes.csv line 2', 'nodes.csv line 5']);
  });

  it('reports unknown and missing columns rather than ignoring them', () => {
    const parsed = readCsv({ nodes: 'id,name,Colour\nsystem:a,A,red\n' });
    expect(problemsOf(parsed)).toEqual([
      expect.stringMatching(/^nodes\.csv line 1, column Colour: unknown column "Colour"/),
      'nodes.csv line 1: missing column "kind"',
    ]);
  });

  it('reports a malformed quote with its line', () => {
    const parsed = readCsv({ relationships: 'from,type,to\nsystem:a,DEPENDS_ON,"system:b"x\n' });
    expect(problemsOf(parsed)).toEqual([
      'relationships.csv line 2: text follows a closing quote; a quote inside a quoted cell is written ""',
    ]);
    expect(parsed.batch.relationships).toEqual([]);
  });

  it('reports a field the kind does not have, a bad kind, a bad type and half a redundancy', () => {
    const parsed = readCsv({
      nodes: 'id,kind,name,hosting\ntheme:t,Theme,T,CLOUD\nx:y,Gadget,G,\n',
      relationships: 'from,type,to,redundancy_k\nsystem:a,OWNS,system:b,1\n',
    });
    expect(problemsOf(parsed)).toEqual([
      'nodes.csv line 2, column hosting: a Theme has no hosting (its fields are code, start, end, planned)',
      'nodes.csv line 3, column kind: "Gadget" is not a kind (Strategy, Theme, Project, System, Contract, Partner, Site)',
      'relationships.csv line 2, column type: "OWNS" is not a relationship type',
      'relationships.csv line 2, column redundancy_k: redundancy_group and redundancy_k go together: give both or neither',
    ]);
  });

  it('reports a whole-number field with a fraction, bad provenance JSON and cells without a header', () => {
    const parsed = readCsv({
      nodes:
        'id,kind,name,noticeMonths,provenance\ncontract:c,Contract,C,2.5,[{\ncontract:d,Contract,D,,,extra\n',
    });
    expect(problemsOf(parsed)).toEqual([
      'nodes.csv line 3, column 6: "extra" is in a column with no header',
      expect.stringMatching(/^nodes\.csv line 2, column provenance: not valid JSON/),
      'nodes.csv line 2, column noticeMonths: "2.5" is not a whole number',
    ]);
  });

  it('leaves shape checks to the metamodel, with origins to place them', () => {
    const parsed = readCsv({ nodes: 'id,kind,name,criticality\nsystem:a,System,A,Very high\n' });
    expect(parsed.problems).toEqual([]);
    expect(() => parseBatch(parsed.batch)).toThrow(/nodes\.0\.criticality/);
    expect(parsed.nodeOrigins[0]).toBe('nodes.csv line 2');
  });

  describe('formula cells (OWASP CSV injection)', () => {
    // Every text column a person can fill, each starting with one of the triggers or a quote.
    const formulas = {
      nodes: [
        {
          kind: 'Contract' as const,
          id: 'contract:formulas',
          name: "=cmd|' /C calc'!A0",
          aliases: ['+1+1', '@SUM(A1)'],
          description: '-2+3',
          provenance: [],
          supplier: "'quoted already",
          version: 1,
        },
      ],
      relationships: [
        {
          id: 'rel:formulas',
          from: 'system:a',
          type: 'SUPPLIED_UNDER' as const,
          to: 'contract:formulas',
          note: "''two quotes",
          redundancy: { group: '=group', k: 1 },
          provenance: [],
        },
      ],
    };

    it('writes every formula-like cell with a leading single quote', () => {
      const { nodes, relationships } = writeCsv(formulas);
      const row = nodes.split('\n')[1]!;
      expect(row).toContain(",'=cmd|' /C calc'!A0,");
      expect(row).toContain("'+1+1; @SUM(A1)");
      expect(row).toContain("'-2+3");
      expect(row).toContain("''quoted already");
      expect(relationships.split('\n')[1]).toBe(
        "rel:formulas,system:a,SUPPLIED_UNDER,contract:formulas,'=group,1,,'''two quotes,,,,",
      );
      // No cell of either file starts with a trigger.
      for (const line of [...nodes.split('\n'), ...relationships.split('\n')]) {
        for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
      }
    });

    it("reads the product's own CSV back to the original values", () => {
      const parsed = readCsv(writeCsv(formulas));
      expect(parsed.problems).toEqual([]);
      expect(parsed.batch).toEqual(withoutVersions(formulas));
    });

    it("keeps a hand-typed leading quote that guards nothing, and takes one off '=", () => {
      const parsed = readCsv({ nodes: "id,kind,name,description\nsystem:a,System,'=1+1,'plain\n" });
      expect(parsed.batch.nodes[0]).toMatchObject({ name: '=1+1', description: "'plain" });
    });
  });
});
