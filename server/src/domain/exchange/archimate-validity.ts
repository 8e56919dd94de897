// Which ArchiMate relationships the standard allows between the element types the exporter writes,
// so an exported file opens in Archi without invalid relationships. Copied from Archi's ArchiMate
// 3.2 relationship table (archimatetool/archi, com.archimatetool.model/model/relationships.xml),
// only the rows and columns for these eleven types; the letters are Archi's.
export const EXPORT_ELEMENT_TYPES = [
  'ApplicationComponent',
  'ApplicationService',
  'Node',
  'SystemSoftware',
  'CommunicationNetwork',
  'Contract',
  'BusinessActor',
  'WorkPackage',
  'Driver',
  'Goal',
  'Location',
] as const;
export type ExportElementType = (typeof EXPORT_ELEMENT_TYPES)[number];

const LETTER: Record<string, string> = {
  Access: 'a',
  Composition: 'c',
  Flow: 'f',
  Aggregation: 'g',
  Assignment: 'i',
  Influence: 'n',
  Association: 'o',
  Realization: 'r',
  Specialization: 's',
  Triggering: 't',
  Serving: 'v',
};

// Row: source type; columns: target types in EXPORT_ELEMENT_TYPES order.
const TABLE: Record<ExportElementType, string> = {
  ApplicationComponent: 'cfgorstv fiortv fotv fotv fotv ao fotv o no nor fotv',
  ApplicationService: 'fotv cfgostv fotv fotv fotv ao fotv o no nor fotv',
  Node: 'fortv fortv cfgiostv cfgiortv fotv ao fiotv io no nor fotv',
  SystemSoftware: 'fortv fortv fotv cfgiorstv fotv ao fotv o no nor fotv',
  CommunicationNetwork: 'fortv fortv fortv fgiortv cfgostv ao fortv o no nor fotv',
  Contract: 'o o o o o cgos o o no nor o',
  BusinessActor: 'fotv fotv fotv fotv fotv ao cfgostv io no nor fotv',
  WorkPackage: 'or or or or or or or cfgost no nor or',
  Driver: 'o o o o o o o o cgnos no o',
  Goal: 'o o o o o o o o no cgnos o',
  Location: 'cfgortv cfgiortv cfgiortv cfgiortv cfgotv acgo cfgiortv cgio cgno cgnor cfgostv',
};

/** True when ArchiMate 3.2 allows `relationship` from a `source` element to a `target` element. */
export function isAllowed(
  relationship: string,
  source: ExportElementType,
  target: ExportElementType,
): boolean {
  const letter = LETTER[relationship];
  const cell = TABLE[source].split(' ')[EXPORT_ELEMENT_TYPES.indexOf(target)];
  return letter !== undefined && cell !== undefined && cell.includes(letter);
}
