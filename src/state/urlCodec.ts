// The URL codec: view state <-> query string, driven by the field table (urlFields.ts); defaults stay out of the
// URL, and every decoded value is checked against the loaded graph.
import { DEFAULT_VIEW_STATE } from './defaults';
import type { ViewContext, ViewState } from './types';
import { URL_FIELDS } from './urlFields';
import { readQuery, type RawView } from './urlText';

export type { RawView } from './urlText';

export function encodeView(state: ViewState, context: ViewContext): string {
  const params = new URLSearchParams();
  for (const field of URL_FIELDS)
    for (const [name, value] of field.encode(state, context)) params.set(name, value);
  return params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
}

/** The query string's parameters as untrusted text (cleanView reads them through the field table). */
export function decodeView(search: string): RawView {
  return readQuery(search);
}

/** Keeps only known, valid values from a decoded URL (in the graph's order, without duplicates). */
export function cleanView(raw: RawView, context: ViewContext): ViewState {
  return URL_FIELDS.reduce<ViewState>(
    (view, field) => field.clean(field.decode(raw, context), context, view),
    DEFAULT_VIEW_STATE,
  );
}
