// A community's name in the interface language: after its most central member ("Community of Shanghai"), else its id.
import type { CommunityCentres } from '../model/metrics/communityCentres';
import type { I18n } from './i18n/makeI18n';

export function communityName(id: number, i18n: I18n, centres?: CommunityCentres | null): string {
  const centre = centres?.[id];
  return centre ? i18n.t.takeaway.communityOf(i18n.name(centre)) : i18n.t.community(String(id));
}
