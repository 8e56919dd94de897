// The five public documents the built-in dataset is drawn from, by the file name provenance
// cites, so that a citation can name the document ("KCC ICT Divisional Business Plan 2013-14,
// Section E") rather than a hashed file name. The texts themselves are in `sources/`.

/** One source document: what it is, who published it and when (partial date, as known). */
export interface SourceDocument {
  readonly title: string;
  readonly publisher: string;
  /** Year, month or day, as far as the document gives it. */
  readonly date: string;
}

export const SOURCE_REGISTER: Readonly<Record<string, SourceDocument>> = {
  '000_56685bcb9c871fec.txt': {
    title:
      'KCC Information and Communications Technology Strategy, report to the Corporate Policy Overview and Scrutiny Committee',
    publisher: 'Kent County Council',
    date: '2012-01-11',
  },
  '001_76edc5f6bd1b76ff.txt': {
    title: 'KCC ICT Divisional Business Plan 2013-14',
    publisher: 'Kent County Council (Business Strategy and Support directorate, ICT division)',
    // The plan is undated; it covers the financial year April 2013 to March 2014.
    date: '2013',
  },
  '002_6643097559e67079.txt': {
    title: 'KCC decision 21/00097: The Kent County Council Technology Strategy 2020-2023',
    publisher: 'Kent County Council',
    // Decision 21/…, written after "the data centre outage in 2021".
    date: '2021',
  },
  '003_1e67302b94e7b83d.txt': {
    title: 'Corporate ICT Strategy Implementation Progress Report, Scrutiny Commission',
    // The report does not name its council.
    publisher: 'A county council (not named in the report)',
    date: '2007-09-05',
  },
  '004_79146cf2e00046e9.txt': {
    title: 'Maidstone Borough Council Information Strategy 2011-14',
    publisher: 'Maidstone Borough Council',
    date: '2011',
  },
};

/** The register's entry for a file name; undefined for any other document (own keys only). */
export function sourceDocument(file: string): SourceDocument | undefined {
  return Object.hasOwn(SOURCE_REGISTER, file) ? SOURCE_REGISTER[file] : undefined;
}

/** A citation a reader can follow: the document's title, then the section. */
export function citation(provenance: { document: string; section: string }): string {
  const source = sourceDocument(provenance.document);
  return `${source ? source.title : provenance.document}, ${provenance.section}`;
}
