// Unit tests of relation families: every relation has one, 6–8 distinct colours, edges take their family's colour.
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../../src/model/ontology';
import { relationColor } from '../../../src/style/appearance';
import { DEFAULT_EDGE_COLOR } from '../../../src/style/palette';
import {
  RELATION_FAMILIES,
  RELATION_FAMILY_COLORS,
  relationFamily,
} from '../../../src/style/relationFamilies';
import { MESSAGES } from '../../../src/ui/i18n/messages';

describe('relation families', () => {
  it('gives every relation a family, and uses every family', () => {
    const used = new Set(RELATIONS.map((relation) => relationFamily(relation)));
    expect(used.has(null)).toBe(false);
    expect([...used].sort()).toEqual([...RELATION_FAMILIES].sort());
  });

  it('has 6 to 8 distinct colours, and colours edges by family', () => {
    const colours = new Set(Object.values(RELATION_FAMILY_COLORS));
    expect(colours.size).toBe(RELATION_FAMILIES.length);
    expect(colours.size).toBeGreaterThanOrEqual(6);
    expect(colours.size).toBeLessThanOrEqual(8);
    expect(relationColor('pledged')).toBe(relationColor('resolved_to_promote'));
    expect(relationColor('pledged')).not.toBe(relationColor('holds_office'));
    expect(relationColor('no-such-relation')).toBe(DEFAULT_EDGE_COLOR);
    expect(relationFamily('no-such-relation')).toBeNull();
  });

  it('names every family in English and Chinese', () => {
    for (const family of RELATION_FAMILIES) {
      expect(MESSAGES.en.canvasView.relationFamilies[family]).toBeTruthy();
      expect(MESSAGES.zh.canvasView.relationFamilies[family]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
