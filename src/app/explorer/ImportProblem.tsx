// A graph that could not be opened: the alert, with the CSV mapping step when only the edge columns were unknown.
import { CsvColumnMapping } from '../../ui/CsvColumnMapping';
import { useI18n } from '../../ui/i18n/I18nContext';
import { ImportAlert } from '../../ui/ImportAlert';
import type { DatasetOpener, OpenError } from '../useDatasetOpener';

export function ImportProblem({
  error,
  opener,
}: {
  error: OpenError;
  opener: Pick<DatasetOpener, 'open' | 'dismissError'>;
}) {
  const { t } = useI18n();
  const { detail, request } = error;
  const mapping = detail?.code === 'csv-columns' && detail.table === 'edges' && request ? detail : null;
  return (
    <ImportAlert
      message={t.couldNotOpen(error.name ?? t.theDefaultDataset, error.message)}
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
