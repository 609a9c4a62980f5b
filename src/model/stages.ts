// The stage of a resolution or pledge: new (announced) or continuing (already under way).

/** Whether a resolution or pledge launches something (new) or advances something already under way (continuing). */
export const STAGES = ['new', 'continuing'] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_INFO: Record<Stage, { label: string; description: string }> = {
  new: {
    label: 'New',
    description: 'The report announces it: plan to build, build, create, launch, start, set up, explore.',
  },
  continuing: {
    label: 'Continuing',
    description:
      'The report deepens, continues, strengthens, improves, implements or uses something already under way.',
  },
};
