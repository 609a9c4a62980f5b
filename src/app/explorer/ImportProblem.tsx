// A graph that could not be opened: the alert, with the CSV mapping step when only the edge columns were unknown.
import { CsvColumnMapping } from '../../ui/CsvColumnMapping';
import { useI18n } from '../../ui/i18n/I18nContext';
import { ImportAlert } from '../../ui/ImportAlert';
import type { DatasetOpener, OpenError } from '../useDatasetOpener';

/** The file's name as the importer names it: the first chosen file, or the URL's last path segment. */
function nameOfFile(error: OpenError): string {
  const { request } = error;
  if (request?.kind === 'files') return request.files[0]?.name ?? '';
  return (error.name ?? '').split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
}

export function ImportProblem({
  error,
  opener,
}: {
  error: OpenError;
  opener: Pick<DatasetOpener, 'open' | 'dismissError'>;
}) {
  const { t } = useI18n();
  const { detail, request } = error;
  const message =
    detail?.code === 'not-a-graph'
      ? t.notAGraph(detail.content, detail.kind, detail.origin, nameOfFile(error))
      : error.message;
  const mapping = detail?.code === 'csv-columns' && detail.table === 'edges' && request ? detail : null;
  return (
    <ImportAlert
      message={t.couldNotOpen(error.name ?? t.theDefaultDataset, message)}
      onDismiss={opener.dismissError}
    >
      {mapping && request && (
        <CsvColumnMapping
          file={mapping.file}
          columns={mapping.columns}
          onImport={(columns) => opener.open(request, { csvColumns: columns })}
        />
      )}
    </ImportAlert>
  );
}
