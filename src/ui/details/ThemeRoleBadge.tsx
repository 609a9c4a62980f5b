// A theme's role in the report (policy area, doctrine, slogan or positioning), as a small badge.
import { useI18n } from '../i18n/I18nContext';
import './details.css';

export function ThemeRoleBadge({ role }: { role: string }) {
  const { t } = useI18n();
  return (
    <span className="statement-badge role-badge">
      <span className="visually-hidden">{t.statementMarks.role}: </span>
      {t.statementMarks.themeRoles[role] ?? role}
    </span>
  );
}
