// Two province pickers and what the chosen provinces share and what is unique to each.
import { useId } from 'react';
import type { ProvinceComparison } from '../../model/compare/compareProvinces';
import type { NodeSummary } from '../../model/describe';
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
  return (
    <label className="analysis-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.provinces.map((province) => (
          <option key={province.key} value={province.key}>
            {province.label}
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
  const headingId = useId();
  return (
    <section className="diff-list" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.title} <span className="facet-count">({props.nodes.length})</span>
      </h3>
      {props.nodes.length === 0 ? (
        <p className="help">Nothing.</p>
      ) : (
        <ul>
          {props.nodes.map((node) => (
            <li key={node.key}>
              <KindBadge kind={node.kind} />{' '}
              {props.onSelectNode ? (
                <button type="button" className="link" onClick={() => props.onSelectNode?.(node.key)}>
                  {node.label}
                </button>
              ) : (
                node.label
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProvinceDiff(props: ProvinceDiffProps) {
  const label = (key: string) => props.provinces.find((p) => p.key === key)?.label ?? key;
  const a = label(props.first);
  const b = label(props.second);
  return (
    <div className="province-diff">
      <div className="analysis-controls">
        <ProvinceSelect
          label="First province"
          value={props.first}
          provinces={props.provinces}
          onChange={props.onFirst}
        />
        <ProvinceSelect
          label="Second province"
          value={props.second}
          provinces={props.provinces}
          onChange={props.onSecond}
        />
      </div>
      {props.first === props.second ? (
        <p className="help">Choose two different provinces to compare them.</p>
      ) : (
        props.comparison && (
          <div className="diff-lists">
            <NodeList
              title={`Shared by ${a} and ${b}`}
              nodes={props.comparison.shared}
              onSelectNode={props.onSelectNode}
            />
            <NodeList
              title={`Unique to ${a}`}
              nodes={props.comparison.onlyA}
              onSelectNode={props.onSelectNode}
            />
            <NodeList
              title={`Unique to ${b}`}
              nodes={props.comparison.onlyB}
              onSelectNode={props.onSelectNode}
            />
          </div>
        )
      )}
    </div>
  );
}
