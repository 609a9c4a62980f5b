// "Copy": puts a node's Details on the clipboard as text with citations, and says whether that worked.
import { useState } from 'react';
import type { NodeDescription } from '../../model/describe';
import { useI18n } from '../i18n/I18nContext';
import { formatNodeDetailsText } from './detailsText';

export interface CopyDetailsButtonProps {
  node: NodeDescription;
  /** The source report's title, cited at the end of the text. */
  sourceTitle?: string | undefined;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

export function CopyDetailsButton({ node, sourceTitle }: CopyDetailsButtonProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // The status belongs to the node it was copied for: another node starts with none.
  const [result, setCopy] = useState<{ key: string; status: CopyStatus } | null>(null);
  const status: CopyStatus = result?.key === node.key ? result.status : 'idle';
  const setStatus = (next: CopyStatus) => setCopy({ key: node.key, status: next });
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(formatNodeDetailsText(node, i18n, sourceTitle));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <p className="copy-details">
      <button
        type="button"
        aria-label={t.takeaway.copyDetailsLabel(i18n.name(node))}
        onClick={() => void copy()}
      >
        {t.takeaway.copyDetails}
      </button>{' '}
      <span role="status" className={status === 'failed' ? 'copy-status is-failed' : 'copy-status'}>
        {status === 'copied' ? t.takeaway.copied : status === 'failed' ? t.takeaway.copyFailed : ''}
      </span>
    </p>
  );
}
