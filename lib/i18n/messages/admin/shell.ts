import { defineMessages } from "../../define";

/** Admin: shell. */
export const shellMessages = defineMessages({
  vi: {
    title: "Quản trị",
    adminNavigation: "Điều hướng quản trị",
    navDashboard: "Tổng quan",
    navAppoint: "Bổ nhiệm",
    navPeople: "Cán bộ",
    navOrganizations: "Tổ chức",
    navAudit: "Nhật ký thay đổi",
    navUsers: "Tài khoản",
    navAccount: "Tài khoản của tôi",
    signOut: "Đăng xuất",
    signedInAs: (name: string) => `Đăng nhập: ${name}`,
    roleAdmin: "Quản trị viên",
    roleEditor: "Biên tập viên",
    scopeLabel: "Phạm vi",
    scopeAll: "Toàn bộ",
  },
  en: {
    title: "Administration",
    adminNavigation: "Administration navigation",
    navDashboard: "Overview",
    navAppoint: "Appoint",
    navPeople: "People",
    navOrganizations: "Organisations",
    navAudit: "Audit log",
    navUsers: "Users",
    navAccount: "My account",
    signOut: "Sign out",
    signedInAs: (name: string) => `Signed in as ${name}`,
    roleAdmin: "Administrator",
    roleEditor: "Editor",
    scopeLabel: "Scope",
    scopeAll: "Everything",
  },
});
