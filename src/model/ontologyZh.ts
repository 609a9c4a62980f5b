// Simplified Chinese names of the ontology's node kinds, relations (label and inverse label), theme roles and stages.
import type { NodeKind, Relation, Stage, ThemeRole } from './ontology';

export const KIND_LABELS_ZH: Record<NodeKind, string> = {
  leader: '领导人',
  province: '省市',
  region: '区域',
  program: '项目举措',
  theme: '主题',
  organization: '机构',
  event: '会议活动',
  section: '工作板块',
  document: '文件',
};

/** [label, inverse label], read like the English ones: "source <label> target", "target <inverse> source". */
export const RELATION_LABELS_ZH: Record<Relation, readonly [string, string]> = {
  holds_office: ['任职于', '任职者'],
  party_committee_of: ['作为党委领导', '的党委为'],
  attended: ['出席', '出席者'],
  invited_to: ['应邀出席', '邀请'],
  briefed_at: ['作情况通报于', '通报者'],
  spoke_at: ['发言于', '发言者'],
  spoke_for: ['代表发言', '发言代表'],
  advocated: ['倡导', '倡导者'],
  held_in: ['举办于', '举办了'],
  located_in: ['位于', '包含'],
  member_of: ['属于', '成员'],
  part_of: ['组成部分', '包括'],
  has_theme: ['主题为', '作为主题'],
  has_section: ['部署工作板块', '所属会议'],
  studied: ['学习贯彻', '学习于'],
  considered: ['审议', '审议于'],
  released: ['发布', '发布于'],
  reviewed: ['总结成效', '成效总结于'],
  issued: ['发表', '发表者'],
  concerns: ['涉及', '相关文件'],
  resolved_to_promote: ['部署推进', '部署者'],
  pledged: ['表态推进', '表态者'],
  addresses: ['服务于', '相关举措'],
  applies_to: ['覆盖', '覆盖举措'],
  cooperates_with: ['合作', '合作'],
  leads: ['引领', '受引领于'],
  plays_role: ['发挥作用', '作用发挥者'],
  aligns_with: ['对接', '对接于'],
};

export const THEME_ROLE_LABELS_ZH: Record<ThemeRole, string> = {
  policy_area: '政策领域',
  doctrine: '指导思想',
  slogan: '提法与定位',
};

export const STAGE_LABELS_ZH: Record<Stage, string> = {
  new: '新部署',
  continuing: '持续推进',
};
