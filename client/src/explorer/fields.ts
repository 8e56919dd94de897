// A node's own fields as label/value pairs for the detail panel: the common fields are shown
// elsewhere, nulls are left out, and values read as words ("4 hours", "February 2015").
import { formatPartialDate } from '../contracts/dates.js';

const COMMON = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'version',
  'provenance',
]);

const LABELS: Record<string, string> = {
  rtoHours: 'Recovery time objective',
  minServiceLevel: 'Minimum service level',
  noticeMonths: 'Notice period',
  valueGbp: 'Value',
  siteKind: 'Kind of site',
};

const DATE_FIELDS = new Set(['start', 'end']);
const ENUM = /^[A-Z][A-Z_]+$/;

export function fieldLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldValue(name: string, value: string | number | boolean): string {
  if (typeof value === 'number') {
    if (name === 'rtoHours') return `${value} hour${value === 1 ? '' : 's'}`;
    if (name === 'noticeMonths') return `${value} month${value === 1 ? '' : 's'}`;
    if (name === 'minServiceLevel') return `${value} %`;
    if (name === 'valueGbp') return `£${value.toLocaleString('en-GB')}`;
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (DATE_FIELDS.has(name)) {
    try {
      return formatPartialDate(value);
    } catch {
      return value;
    }
  }
  if (ENUM.test(value)) {
    const words = value.toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return value;
}

export function nodeFields(node: Record<string, unknown>): { name: string; label: string; value: string }[] {
  return Object.entries(node).flatMap(([name, value]) =>
    COMMON.has(name) || value === null || value === undefined || typeof value === 'object'
      ? []
      : [{ name, label: fieldLabel(name), value: fieldValue(name, value as string | number | boolean) }],
  );
}
