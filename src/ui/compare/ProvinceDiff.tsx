// Two province pickers and what the chosen provinces share and what is unique to each.
import { useId } from 'react';
import type { ProvinceComparison } from '../../model/compare/compareProvinces';
import type { NodeSummary } from '../../model/describe';
import { useI18n } from '../i18n/I18nContext';
import { KindBadge } from '../KindBadge';

export interface ProvinceDiffProps {
  provinces: readonly NodeSummary[];
  first: string;
  second: string;
  onFirst(key: string): void;
  onSecond(key: string): void;
  comparison: ProvinceComparison | null;
  onSelectNode?: ((key: string) => void) | undefined;
}

function ProvinceSelect(props: {
  label: string;
  value: string;
  provinces: readonly NodeSummary[];
  onChange(key: string): void;
}) {
  const { name } = useI18n();
  return (
    <label className="analysis-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.provinces.map((province) => (
          <option key={province.key} value={province.key}>
            {name(province)}
          </option>
        ))}
      </select>
    </label>
  );
}

function NodeList(props: {
  title: string;
  nodes: NodeSummary[];
  onSelectNode?: ((key: string) => void) | undefined;
}) {
  const { t, name } = useI18n();
  const headingId = useId();
  return (
    <section className="diff-list" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.title} <span className="facet-count">({props.nodes.length})</span>
      </h3>
      {props.nodes.length === 0 ? (
        <p className="help">{t.analysis.nothing}</p>
      ) : (
        <ul>
          {props.nodes.map((node) => (
            <li key={node.key}>
              <KindBadge kind={node.kind} />{' '}
              {props.onSelectNode ? (
                <button type="button" className="link" onClick={() => props.onSelectNode?.(node.key)}>
                  {name(node)}
                </button>
              ) : (
                name(node)
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProvinceDiff(props: ProvinceDiffProps) {
  const { t, name } = useI18n();
  const label = (key: string) => {
    const province = props.provinces.find((p) => p.key === key);
    return province ? name(province) : key;
  };
  const a = label(props.first);
  const b = label(props.second);
  return (
    <div className="province-diff">
      <div className="analysis-controls">
        <ProvinceSelect
          label={t.analysis.firstProvince}
          value={props.first}
          provinces={props.provinces}
          onChange={props.onFirst}
        />
        <ProvinceSelect
          label={t.analysis.secondProvince}
          value={props.second}
          provinces={props.provinces}
          onChange={props.onSecond}
        />
      </div>
      {props.first === props.second ? (
        <p className="help">{t.analysis.chooseTwo}</p>
      ) : (
        props.comparison && (
          <div className="diff-lists">
            <NodeList
              title={t.analysis.sharedBy(a, b)}
              nodes={props.comparison.shared}
              onSelectNode={props.onSelectNode}
            />
            <NodeList
              title={t.analysis.uniqueTo(a)}
              nodes={props.comparison.onlyA}
              onSelectNode={props.onSelectNode}
            />
            <NodeList
              title={t.analysis.uniqueTo(b)}
              nodes={props.comparison.onlyB}
              onSelectNode={props.onSelectNode}
            />
          </div>
        )
      )}
    </div>
  );
}
