export type TitleRoleHints = Record<string, never>;
export function titleRoleHints(_title: string): TitleRoleHints {
  return {};
}
