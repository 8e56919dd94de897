// Canvas or table: the same nodes either way; the table is the accessible alternative.
export function ViewSwitch({ table, onChange }: { table: boolean; onChange: (table: boolean) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Show as">
      <button type="button" aria-pressed={!table} onClick={() => onChange(false)}>
        Graph
      </button>
      <button type="button" aria-pressed={table} onClick={() => onChange(true)}>
        Table
      </button>
    </div>
  );
}
