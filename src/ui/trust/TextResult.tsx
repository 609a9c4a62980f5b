// One sentence of the report in the search results: its paragraph number and the sentence with the matched words marked.
import { makeSnippet } from '../../data/snippet';
import { useI18n } from '../i18n/I18nContext';
import './trust.css';

export interface TextOption {
  id: string;
  /** 1-based paragraph number. */
  paragraph: number;
  text: string;
  /** The matched words in `text`. */
  ranges: readonly { start: number; end: number }[];
}

/** Text with the given ranges wrapped in <mark>. */
export function MarkedText({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly { start: number; end: number }[];
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function TextResult({ option }: { option: TextOption }) {
  const { t } = useI18n();
  const snippet = makeSnippet(option.text, option.ranges);
  return (
    <>
      <span className="text-result-paragraph">{t.trust.paragraphMark(option.paragraph)}</span>{' '}
      <span className="text-result-sentence" lang="en">
        <MarkedText text={snippet.text} ranges={snippet.ranges} />
      </span>
    </>
  );
}
