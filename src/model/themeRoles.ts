// The roles a theme plays in the report: policy area, doctrine, or slogan/positioning.

/** What a theme is: a field of policy work, a guiding doctrine of the Party centre, or a slogan or positioning. */
export const THEME_ROLES = ['policy_area', 'doctrine', 'slogan'] as const;

export type ThemeRole = (typeof THEME_ROLES)[number];

export const THEME_ROLE_INFO: Record<ThemeRole, { label: string; description: string }> = {
  policy_area: {
    label: 'Policy area',
    description: 'A field of concrete policy work that programs and pledges advance (e.g. food security).',
  },
  doctrine: {
    label: 'Doctrine',
    description:
      'A guiding idea of the Party centre that frames policy (e.g. the new development philosophy, "two mountains").',
  },
  slogan: {
    label: 'Slogan or positioning',
    description:
      'A formula, or a role assigned to a place or meeting (e.g. "one pole, three zones, one highland", "ballast").',
  },
};
