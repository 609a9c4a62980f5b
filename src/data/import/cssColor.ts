// Recognises CSS colours sigma can draw: #rgb/#rgba/#rrggbb/#rrggbbaa, rgb()/rgba() and named colours.
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const CHANNEL = String.raw`\s*(?:\d{1,3}(?:\.\d+)?%?)\s*`;
const ALPHA = String.raw`\s*(?:\d*\.?\d+%?)\s*`;
const RGB = new RegExp(`^rgba?\\(${CHANNEL},${CHANNEL},${CHANNEL}(?:,${ALPHA})?\\)$`, 'i');
const NAMED = /^[a-z]{3,20}$/i;

export function isCssColor(value: string): boolean {
  return HEX.test(value) || RGB.test(value) || NAMED.test(value);
}
