import { defineMessages } from "../../define";

/** Admin: own account. */
export const accountMessages = defineMessages({
  vi: {
    accountTitle: "Tài khoản của tôi",
    changePasswordTitle: "Đổi mật khẩu",
    currentPassword: "Mật khẩu hiện tại",
    changePasswordSubmit: "Đổi mật khẩu",
    passwordChanged: "Đã đổi mật khẩu; các phiên đăng nhập khác đã bị đăng xuất.",
  },
  en: {
    accountTitle: "My account",
    changePasswordTitle: "Change the password",
    currentPassword: "Current password",
    changePasswordSubmit: "Change the password",
    passwordChanged: "The password is changed; your other sessions were signed out.",
  },
});
