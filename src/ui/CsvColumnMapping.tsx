// The CSV mapping step: when no column names the ends of each edge, the user picks the source and target columns.
import { useId, useState } from 'react';
import { useI18n } from './i18n/I18nContext';
import './importNotices.css';

export interface CsvColumnMappingProps {
  /** The CSV file's name. */
  file: string;
  /** Its header's columns, as written. */
  columns: readonly string[];
  onImport(columns: { source: string; target: string }): void;
}

export function CsvColumnMapping({ file, columns, onImport }: CsvColumnMappingProps) {
  const { t } = useI18n();
  const id = useId();
  const [source, setSource] = useState(columns[0] ?? '');
  const [target, setTarget] = useState(columns[1] ?? columns[0] ?? '');
  const same = source === target;
  return (
    <form
      className="csv-mapping"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!same) onImport({ source, target });
      }}
    >
      <p id={`${id}-heading`}>
        <strong>{t.csvMapping.heading(file)}</strong>
      </p>
      <p className="help">{t.csvMapping.help(columns.join(', '))}</p>
      <ColumnSelect label={t.csvMapping.source} columns={columns} value={source} onChange={setSource} />{' '}
      <ColumnSelect label={t.csvMapping.target} columns={columns} value={target} onChange={setTarget} />{' '}
      <button type="submit" disabled={same}>
        {t.csvMapping.import}
      </button>
      {same && <p className="help">{t.csvMapping.sameColumn}</p>}
    </form>
  );
}

/** One labelled choice among the file's columns. */
function ColumnSelect(props: {
  label: string;
  columns: readonly string[];
  value: string;
  onChange(column: string): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </label>
  );
}
