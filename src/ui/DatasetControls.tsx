// Opening graphs: the "Open graph file" picker, the way back to the YRD graph, and what an import is doing.
import { useId } from 'react';
import { useI18n } from './i18n/I18nContext';

export interface DatasetControlsProps {
  isDefault: boolean;
  defaultTitle: string;
  onOpenFiles(files: File[]): void;
  onBackToDefault(): void;
  /** e.g. "Opening big.gexf… parsing 40%", or null when idle. */
  progress: string | null;
  onCancel?: () => void;
}

/** The file types the picker offers (every importer format). */
export const DEFAULT_ACCEPTED_FILES = '.gexf,.graphml,.xml,.json,.csv,.tsv,.txt';

export function DatasetControls(props: DatasetControlsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="dataset-controls">
      <label htmlFor={id} className="file-button">
        {t.openGraphFile}
      </label>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={DEFAULT_ACCEPTED_FILES}
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) props.onOpenFiles(files);
        }}
      />
      {!props.isDefault && (
        <button type="button" className="header-button" onClick={props.onBackToDefault}>
          {t.backToDefault(props.defaultTitle)}
        </button>
      )}
      {props.progress && (
        <span className="import-progress" role="status">
          {props.progress}{' '}
          {props.onCancel && (
            <button type="button" className="header-button" onClick={props.onCancel}>
              {t.cancel}
            </button>
          )}
        </span>
      )}
    </div>
  );
}
