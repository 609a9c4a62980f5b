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
      <label>
        {t.csvMapping.source}{' '}
        <select value={source} onChange={(event) => setSource(event.target.value)}>
          {columns.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t.csvMapping.target}{' '}
        <select value={target} onChange={(event) => setTarget(event.target.value)}>
          {columns.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" disabled={same}>
        {t.csvMapping.import}
      </button>
      {same && <p className="help">{t.csvMapping.sameColumn}</p>}
    </form>
  );
}
